using Mentorship.Domain.Banks;
using Mentorship.Domain.People;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>What the demo year has built so far; each step reads it and adds its own part.</summary>
internal sealed class DemoState
{
    private DemoState(Organization organization, int year)
    {
        Organization = organization;
        Year = year;
        MenteeBank = MenteeBank.Open(organization.Id, year);
        MentorBank = MentorBank.Open(organization.Id, year);
    }

    /// <summary>The seed's institution.</summary>
    public Organization Organization { get; }

    /// <summary>The intake year of the demo.</summary>
    public int Year { get; }

    /// <summary>The mentee bank (item 2.1), filled by the banks step.</summary>
    public MenteeBank MenteeBank { get; }

    /// <summary>The mentor bank (item 2.2), filled by the banks step.</summary>
    public MentorBank MentorBank { get; }

    public static DemoState Create() => new(DemoData.Organization, DemoData.Year);
}
