using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A pair or group: who, in which form, for which period, its status, consents and fixing order, and its life after
/// the order: the start, the completion and outcome, an early end, the replacements of the mentor, the last day, the
/// mentees who joined or left a group by an order, and the organisation of a mentor from another organisation.
/// </summary>
public sealed record UnitView(
    string Id,
    string Mentor,
    IReadOnlyList<string> Mentees,
    MentorshipForm Form,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    MentoringUnitStatus Status,
    IReadOnlyList<string> Topics,
    int? MatchScore,
    bool MentorAgreement,
    IReadOnlyList<string> MenteesWithConsent,
    string? OrderNumber,
    LocalDate? OrderDate,
    LocalDate? ActivatedOn = null,
    LocalDate? CompletedOn = null,
    MentoringOutcome? Outcome = null,
    EarlyEndView? EarlyEnd = null,
    IReadOnlyList<ReplacementView>? Replacements = null,
    LocalDate? LastDay = null,
    IReadOnlyList<MembershipChangeView>? Joinings = null,
    IReadOnlyList<MembershipChangeView>? Leavings = null,
    string? MentorOrganizationId = null)
{
    internal static UnitView Of(MentoringUnit u) => new(
        u.Id.Value,
        u.Mentor.Value,
        u.Mentees.Select(m => m.Value).ToArray(),
        u.Form,
        u.Period.Start,
        u.Period.End,
        u.Status,
        u.Topics.Select(t => t.Value).ToArray(),
        u.MatchScore,
        u.MentorAgreement is not null,
        u.MenteeConsents.Keys.Select(m => m.Value).Order(StringComparer.Ordinal).ToArray(),
        u.FixingOrder?.Number,
        u.FixingOrder?.Date,
        u.ActivatedOn,
        u.Completion?.On,
        u.Completion?.Outcome,
        u.EarlyTermination is { } e ? EarlyEndView.Of(e) : null,
        u.Replacements.Select(ReplacementView.Of).ToArray(),
        u.LastDay,
        u.Joinings.Select(MembershipChangeView.Of).ToArray(),
        u.Leavings.Select(MembershipChangeView.Of).ToArray(),
        u.ExternalMentors.TryGetValue(u.Mentor, out var organization) ? organization.Value : null);
}
