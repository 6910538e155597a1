namespace Mentorship.Domain.Roadmap;

/// <summary>What a work item is for the mentorship cycle, as far as the dependencies between work items go.</summary>
public enum WorkItemRole
{
    /// <summary>Anything else.</summary>
    Other = 0,

    /// <summary>Forming the mentee bank (seed 2.1).</summary>
    MenteeBank = 1,

    /// <summary>Forming the mentor bank (seed 2.2).</summary>
    MentorBank = 2,

    /// <summary>The order fixing pairs and groups (seed 1.1 item 4, 2.4 item 1).</summary>
    PairingOrder = 3,

    /// <summary>Preparing the personalized programmes (seed 1.1 item 5, 2.4 item 2).</summary>
    Programmes = 4,

    /// <summary>The work of the pairs and groups (seed 2.4).</summary>
    PairsWork = 5,

    /// <summary>The internal monitoring report on the programmes (seed 3.1 item 1).</summary>
    MonitoringReport = 6,
}
