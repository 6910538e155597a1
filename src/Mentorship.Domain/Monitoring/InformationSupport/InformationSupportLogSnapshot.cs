using System.Collections.Generic;

namespace Mentorship.Domain.Monitoring.InformationSupport;

/// <summary>The stored form of an <see cref="InformationSupportLog"/>.</summary>
/// <param name="OrganizationId">The organisation's identifier.</param>
/// <param name="Records">The records, in the order recorded.</param>
/// <param name="SchemaVersion">The shape of the snapshot (<see cref="Common.SnapshotSchema"/>); 1 when absent.</param>
public sealed record InformationSupportLogSnapshot(string OrganizationId, IReadOnlyList<CoverageRecord> Records, int SchemaVersion = Common.SnapshotSchema.Current);
