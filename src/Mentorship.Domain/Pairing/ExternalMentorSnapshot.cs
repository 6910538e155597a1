namespace Mentorship.Domain.Pairing;

/// <summary>The stored form of a mentor from another organisation: who and from where.</summary>
/// <param name="Mentor">The mentor's identifier.</param>
/// <param name="OrganizationId">The mentor's organisation's identifier.</param>
public sealed record ExternalMentorSnapshot(string Mentor, string OrganizationId);
