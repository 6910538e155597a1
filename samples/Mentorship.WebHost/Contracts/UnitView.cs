using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A pair or group: who, in which form, for which period, its status, consents and fixing order.</summary>
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
    LocalDate? OrderDate)
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
        u.FixingOrder?.Date);
}
