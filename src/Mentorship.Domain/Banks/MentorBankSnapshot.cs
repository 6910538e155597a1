using System.Collections.Generic;

namespace Mentorship.Domain.Banks;

/// <summary>The stored form of a <see cref="MentorBank"/>.</summary>
/// <param name="Bank">The parts every bank has.</param>
/// <param name="MinimumTeachingYears">The policy's minimum teaching years.</param>
/// <param name="DefaultCapacity">The policy's default capacity.</param>
/// <param name="Entries">The entries.</param>
/// <param name="SchemaVersion">The shape of the snapshot (<see cref="Common.SnapshotSchema"/>); 1 when absent.</param>
public sealed record MentorBankSnapshot(
    BankSnapshotParts Bank, int MinimumTeachingYears, int DefaultCapacity, IReadOnlyList<MentorEntrySnapshot> Entries, int SchemaVersion = Common.SnapshotSchema.Current);
