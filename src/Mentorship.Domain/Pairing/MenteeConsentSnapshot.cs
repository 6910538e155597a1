using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>The stored form of a <see cref="MenteeConsent"/>.</summary>
/// <param name="Mentee">The mentee's identifier.</param>
/// <param name="SignedOn">The date it was signed.</param>
/// <param name="DocumentReference">Where the paper is kept, if recorded.</param>
public sealed record MenteeConsentSnapshot(string Mentee, LocalDate SignedOn, string? DocumentReference);
