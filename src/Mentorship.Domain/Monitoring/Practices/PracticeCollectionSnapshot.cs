using System.Collections.Generic;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>The stored form of a <see cref="PracticeCollection"/>.</summary>
/// <param name="OrganizationId">The organisation's identifier.</param>
/// <param name="Practices">The practices, in the order proposed.</param>
/// <param name="FinalEvents">The final events, in order.</param>
/// <param name="SchemaVersion">The shape of the snapshot (<see cref="Common.SnapshotSchema"/>); 1 when absent.</param>
public sealed record PracticeCollectionSnapshot(
    string OrganizationId, IReadOnlyList<PracticeSnapshot> Practices, IReadOnlyList<FinalEvent> FinalEvents, int SchemaVersion = Common.SnapshotSchema.Current);
