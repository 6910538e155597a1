using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>The stored form of a <see cref="FormerEntry"/>.</summary>
/// <param name="Kind">Which bank.</param>
/// <param name="AdmittedOn">The date of entry.</param>
/// <param name="LeftOn">The date the person left.</param>
/// <param name="Reason">Why the person left.</param>
/// <param name="Topics">The topic codes.</param>
/// <param name="Reasons">The reasons for mentoring.</param>
/// <param name="Capacity">The capacity (mentor) or zero.</param>
public sealed record FormerEntrySnapshot(
    BankKind Kind,
    LocalDate AdmittedOn,
    LocalDate LeftOn,
    RemovalReason Reason,
    IReadOnlyList<string> Topics,
    IReadOnlyList<MentoringReason> Reasons,
    int Capacity)
{
    internal static FormerEntrySnapshot Of(FormerEntry e) =>
        new(e.Kind, e.AdmittedOn, e.LeftOn, e.Reason, e.Topics.Select(t => t.Value).ToArray(), e.Reasons.ToArray(), e.Capacity);

    internal FormerEntry ToFormerEntry() =>
        new(Kind, Common.SnapshotSchema.Date(AdmittedOn, "FormerEntry.AdmittedOn"), Common.SnapshotSchema.Date(LeftOn, "FormerEntry.LeftOn"), Reason, Topics.Select(TopicCode.From).ToArray(), Reasons.ToArray(), Capacity);
}
