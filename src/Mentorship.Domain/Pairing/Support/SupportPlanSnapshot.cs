using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Pairing.Support;

/// <summary>The stored form of a <see cref="SupportPlan"/>: plain data only.</summary>
/// <param name="Mentee">The mentee's identifier.</param>
/// <param name="OrganizationId">The organisation.</param>
/// <param name="Year">The year.</param>
/// <param name="OpenedOn">The date it was opened.</param>
/// <param name="Cause">Why the mentee is without a pair.</param>
/// <param name="Measures">The measures.</param>
/// <param name="Searches">The runs of the continued search.</param>
/// <param name="Status">The status.</param>
/// <param name="ClosedOn">The date it was closed, if closed.</param>
/// <param name="Unit">The pair or group found, if any.</param>
public sealed record SupportPlanSnapshot(
    string Mentee,
    string OrganizationId,
    int Year,
    LocalDate OpenedOn,
    UnpairedCause Cause,
    IReadOnlyList<SupportMeasureSnapshot> Measures,
    IReadOnlyList<SearchAttempt> Searches,
    SupportPlanStatus Status,
    LocalDate? ClosedOn,
    string? Unit)
{
    /// <summary>
    /// The shape of the snapshot (<see cref="Common.SnapshotSchema.Current"/> when written by this library); a snapshot
    /// of a newer or of no shape is refused by <see cref="SupportPlan.FromSnapshot"/>.
    /// </summary>
    public int SchemaVersion { get; init; } = Common.SnapshotSchema.Current;
}
