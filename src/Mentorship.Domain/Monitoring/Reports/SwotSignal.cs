namespace Mentorship.Domain.Monitoring.Reports;

/// <summary>A fact of the monitoring data worth the coordinator's attention in the SWOT analysis.</summary>
public enum SwotSignal
{
    /// <summary>An indicator met its target (strength).</summary>
    TargetMet = 1,

    /// <summary>An indicator missed its target (weakness).</summary>
    TargetMissed = 2,

    /// <summary>A role's mean final satisfaction is at least 8 of 10 (strength).</summary>
    HighSatisfaction = 3,

    /// <summary>A role's mean final satisfaction is below 6 of 10 (weakness).</summary>
    LowSatisfaction = 4,

    /// <summary>A role's scores rose from entry to final (strength).</summary>
    ScoresRose = 5,

    /// <summary>A role's scores fell from entry to final (weakness).</summary>
    ScoresFell = 6,

    /// <summary>Plan execution below 80 % (weakness).</summary>
    PlansBehind = 7,

    /// <summary>Roadmap items overdue on the last day (weakness).</summary>
    RoadmapOverdue = 8,

    /// <summary>Roadmap events held but not covered in every required channel (weakness).</summary>
    EventsNotCovered = 9,

    /// <summary>Practices chosen into the collection in the period (opportunity).</summary>
    PracticesCollected = 10,

    /// <summary>Mentees achieved a new category, contest, open lesson or publication (strength).</summary>
    MenteesGrew = 11,

    /// <summary>Mentors in the bank without a pair or group: a reserve for new pairs (opportunity).</summary>
    MentorReserve = 12,

    /// <summary>Mentees in the bank still without a mentor (threat).</summary>
    MenteesWaiting = 13,

    /// <summary>Programmes ended early or with the mentor replaced (threat).</summary>
    EarlyTerminations = 14,

    /// <summary>Mentors over their capacity (threat).</summary>
    MentorsOverloaded = 15,

    /// <summary>Mentees who left the profession within the retention horizon (threat).</summary>
    MenteesLeft = 16,
}
