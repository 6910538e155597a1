using System.Collections.Generic;

namespace Mentorship.Domain.Banks;

/// <summary>The stored form of a <see cref="MenteeBank"/>.</summary>
/// <param name="Bank">The parts every bank has.</param>
/// <param name="Entries">The entries.</param>
/// <param name="SchemaVersion">The shape of the snapshot (<see cref="Common.SnapshotSchema"/>); 1 when absent.</param>
public sealed record MenteeBankSnapshot(BankSnapshotParts Bank, IReadOnlyList<MenteeEntrySnapshot> Entries, int SchemaVersion = Common.SnapshotSchema.Current);
