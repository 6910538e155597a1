using System.Collections.Generic;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>The stored form of a <see cref="LocalActRegister"/>.</summary>
/// <param name="OrganizationId">The organisation's identifier.</param>
/// <param name="Acts">The acts registered, in the order registered.</param>
/// <param name="SchemaVersion">The shape of the snapshot (<see cref="Common.SnapshotSchema"/>); 1 when absent.</param>
public sealed record LocalActRegisterSnapshot(string OrganizationId, IReadOnlyList<LocalActSnapshot> Acts, int SchemaVersion = Common.SnapshotSchema.Current);
