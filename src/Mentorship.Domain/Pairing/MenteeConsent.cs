using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>A mentee's written consent to take part in a pair or group (согласие наставляемого).</summary>
/// <param name="SignedOn">The date it was signed.</param>
/// <param name="DocumentReference">Where the signed paper is kept (a register number), if recorded.</param>
public sealed record MenteeConsent(LocalDate SignedOn, string? DocumentReference = null);
