using System.Collections.Generic;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>
/// What a bank keeps of a person who left it: anonymous facts for statistics only, no identifier and no
/// personal data.
/// </summary>
/// <param name="Kind">Which bank.</param>
/// <param name="AdmittedOn">The date of entry.</param>
/// <param name="LeftOn">The date the person left.</param>
/// <param name="Reason">Why the person left.</param>
/// <param name="Topics">The requested topics (mentee) or the competency topics (mentor).</param>
/// <param name="Reasons">The reasons for mentoring (mentee); empty for a mentor.</param>
/// <param name="Capacity">The capacity (mentor); zero for a mentee.</param>
public sealed record FormerEntry(
    BankKind Kind,
    LocalDate AdmittedOn,
    LocalDate LeftOn,
    RemovalReason Reason,
    IReadOnlyList<TopicCode> Topics,
    IReadOnlyList<MentoringReason> Reasons,
    int Capacity);
