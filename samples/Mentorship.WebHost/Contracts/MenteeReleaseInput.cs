using Mentorship.Domain.Pairing;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A mentee leaving a group that goes on (two or more stay), by an order changing its composition: their last day in
/// the group, the grounds (a move is <see cref="MenteeMoveInput"/>), and the order (a new number).
/// </summary>
public sealed record MenteeReleaseInput(string? Mentee, LocalDate? LastDay, MenteeLeavingGrounds? Grounds, string? OrderNumber, LocalDate? OrderDate);
