using Mentorship.Domain.Pairing;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>How a pair or group was ended early: notice, side, grounds, last day and order (none when consent to personal-data processing was withdrawn).</summary>
public sealed record EarlyEndView(LocalDate NoticeGivenOn, TerminationInitiator InitiatedBy, EarlyTerminationGrounds Grounds, LocalDate EndsOn, string? OrderNumber)
{
    internal static EarlyEndView Of(EarlyTermination e) => new(e.NoticeGivenOn, e.InitiatedBy, e.Grounds, e.EndsOn, e.Order?.Number);
}
