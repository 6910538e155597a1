using Mentorship.Domain.Banks;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;
using Mentorship.SampleData.Year;
using NodaTime;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>
/// The demo year the steps play: the shared script of <see cref="DemoYear"/> (the web host's demo seed plays the same),
/// run stage by stage; each step runs its stages and prints what they did.
/// </summary>
internal sealed class DemoState
{
    private DemoState(LocalDate today) => Lived = DemoYear.Begin(today);

    /// <summary>The year being played.</summary>
    public DemoYear Lived { get; }

    /// <summary>The seed's institution.</summary>
    public Organization Organization => DemoYear.Organization;

    /// <summary>The intake year of the demo.</summary>
    public int Year => DemoYear.Year;

    /// <summary>The mentee bank (item 2.1), filled by the banks step.</summary>
    public MenteeBank MenteeBank => Lived.MenteeBank;

    /// <summary>The mentor bank (item 2.2), filled by the banks step.</summary>
    public MentorBank MentorBank => Lived.MentorBank;

    /// <summary>The register of pairs and groups (items 1.1, 2.4), opened by the pairing step.</summary>
    public PairingRegister? Pairing => Lived.Pairing;

    /// <summary>The personalised programmes drawn up by the pairing step.</summary>
    public List<PersonalizedProgram> Programmes => Lived.Programmes;

    /// <summary>The support plans of mentees left without a pair, opened by the pairing step.</summary>
    public List<SupportPlan> SupportPlans => Lived.SupportPlans;

    /// <summary>The whole school year (played to 31 May), or the year as of a date.</summary>
    public static DemoState Create(LocalDate? today = null) => new(today ?? DemoYear.LastDay);

    /// <summary>A topic as people read it: its title in the bank's catalogue, or its code if the catalogue lacks it.</summary>
    public string TopicTitle(TopicCode code) => MenteeBank.Catalog.TryGet(code, out var topic) ? topic.Title : code.Value;
}
