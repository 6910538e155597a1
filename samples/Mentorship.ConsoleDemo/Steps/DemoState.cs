using Mentorship.Domain.Banks;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;
using Mentorship.SampleData;

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

    /// <summary>The register of pairs and groups (items 1.1, 2.4), opened by the pairing step.</summary>
    public PairingRegister? Pairing { get; set; }

    /// <summary>The personalised programmes drawn up by the pairing step.</summary>
    public List<PersonalizedProgram> Programmes { get; } = [];

    /// <summary>The support plans of mentees left without a pair, opened by the pairing step.</summary>
    public List<SupportPlan> SupportPlans { get; } = [];

    public static DemoState Create() => new(DemoData.Organization, DemoData.Year);

    /// <summary>A topic as people read it: its title in the bank's catalogue, or its code if the catalogue lacks it.</summary>
    public string TopicTitle(TopicCode code) => MenteeBank.Catalog.TryGet(code, out var topic) ? topic.Title : code.Value;
}
