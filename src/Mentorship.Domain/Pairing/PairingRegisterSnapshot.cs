using System.Collections.Generic;

namespace Mentorship.Domain.Pairing;

/// <summary>The stored form of a <see cref="PairingRegister"/>: plain data only.</summary>
/// <param name="OrganizationId">The organisation's identifier.</param>
/// <param name="Year">The register's year.</param>
/// <param name="DefaultCapacity">The policy's default capacity.</param>
/// <param name="GroupPlaces">The policy's places per group.</param>
/// <param name="MaxGroupSize">The policy's largest group.</param>
/// <param name="NoticeWorkingDays">The policy's notice in working days.</param>
/// <param name="Capacities">The mentors' capacities set in the register, by mentor.</param>
/// <param name="Units">The pairs and groups, by identifier.</param>
/// <param name="Orders">The orders, in the order issued.</param>
/// <param name="AnonymisedIds">The identifiers standing for anonymised people, sorted.</param>
/// <param name="NextUnitNumber">The number the next unit's identifier gets.</param>
/// <param name="SchemaVersion">The shape of the snapshot (<see cref="Common.SnapshotSchema"/>); 1 when absent.</param>
/// <param name="ExternalMentors">The mentors from other organisations registered for the virtual form (their capacities are in <paramref name="Capacities"/>); <see langword="null"/> is read as none.</param>
public sealed record PairingRegisterSnapshot(
    string OrganizationId,
    int Year,
    int DefaultCapacity,
    int GroupPlaces,
    int MaxGroupSize,
    int NoticeWorkingDays,
    IReadOnlyList<MentorCapacitySnapshot> Capacities,
    IReadOnlyList<MentoringUnitSnapshot> Units,
    IReadOnlyList<AdministrativeOrderSnapshot> Orders,
    IReadOnlyList<string> AnonymisedIds,
    int NextUnitNumber,
    IReadOnlyList<ExternalMentorSnapshot>? ExternalMentors = null,
    int SchemaVersion = Common.SnapshotSchema.Current);
