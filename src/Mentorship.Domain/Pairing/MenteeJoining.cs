using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>A mentee who joined a running group (включение в состав наставнической группы).</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="FirstDay">The mentee's first day in the group.</param>
/// <param name="Order">The order changing the group's composition.</param>
public sealed record MenteeJoining(EducatorId Mentee, LocalDate FirstDay, OrderReference Order);
