using Mentorship.Domain.Pairing;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A replacement of a unit's mentor: the new mentor's first day, both mentors, grounds, notice and order.</summary>
public sealed record ReplacementView(LocalDate EffectiveOn, string PreviousMentor, string NewMentor, ReplacementGrounds Grounds, LocalDate NoticeGivenOn, string OrderNumber)
{
    internal static ReplacementView Of(MentorReplacement r) => new(r.EffectiveOn, r.PreviousMentor.Value, r.NewMentor.Value, r.Grounds, r.NoticeGivenOn, r.Order.Number);
}
