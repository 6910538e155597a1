namespace Mentorship.Domain.Pairing;

/// <summary>The stored form of a mentor's capacity in a pairing register.</summary>
/// <param name="Mentor">The mentor's identifier.</param>
/// <param name="Capacity">The places.</param>
public sealed record MentorCapacitySnapshot(string Mentor, int Capacity);
