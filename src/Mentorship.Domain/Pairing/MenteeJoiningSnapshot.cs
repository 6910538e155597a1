using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>The stored form of a <see cref="MenteeJoining"/>.</summary>
/// <param name="Mentee">The mentee's identifier.</param>
/// <param name="FirstDay">The first day in the group.</param>
/// <param name="OrderNumber">The order's number.</param>
/// <param name="OrderDate">The order's date.</param>
public sealed record MenteeJoiningSnapshot(string Mentee, LocalDate FirstDay, string OrderNumber, LocalDate OrderDate);
