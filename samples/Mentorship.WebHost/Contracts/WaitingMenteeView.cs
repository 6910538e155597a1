using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentee of the bank without a running pair or group: since when, and the continued search's best candidate or the reason there is none.</summary>
public sealed record WaitingMenteeView(string Id, string Name, LocalDate Since, int DaysWaiting, string? Candidate, int? CandidateScore, string? Reason);
