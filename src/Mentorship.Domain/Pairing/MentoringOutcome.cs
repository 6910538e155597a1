namespace Mentorship.Domain.Pairing;

/// <summary>How a completed programme turned out (indicator K3 counts <see cref="Achieved"/>).</summary>
public enum MentoringOutcome
{
    /// <summary>The goal was achieved («выполнена»).</summary>
    Achieved = 1,

    /// <summary>The goal was achieved in part («выполнена частично»).</summary>
    PartlyAchieved = 2,

    /// <summary>The goal was not achieved («не выполнена»).</summary>
    NotAchieved = 3,
}
