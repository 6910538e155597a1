namespace Mentorship.Domain.Pairing.Events;

/// <summary>What every event of a personalised programme shares: the pair or group it belongs to.</summary>
internal interface IProgramEvent
{
    /// <summary>The pair or group.</summary>
    MentoringUnitId UnitId { get; }
}
