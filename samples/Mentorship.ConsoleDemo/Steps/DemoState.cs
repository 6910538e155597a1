using Mentorship.Domain.People;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>What the demo year has built so far; each step reads it and adds its own part.</summary>
internal sealed class DemoState
{
    private DemoState(Organization organization, int year)
    {
        Organization = organization;
        Year = year;
    }

    /// <summary>The seed's institution.</summary>
    public Organization Organization { get; }

    /// <summary>The intake year of the demo.</summary>
    public int Year { get; }

    public static DemoState Create() => new(DemoData.Organization, DemoData.Year);
}
