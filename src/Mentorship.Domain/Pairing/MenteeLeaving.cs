using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>A mentee who left a group that goes on, other than by a withdrawal of consent.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="LastDay">The mentee's last day in the group.</param>
/// <param name="Grounds">Why.</param>
/// <param name="Order">The order changing the group's composition.</param>
public sealed record MenteeLeaving(EducatorId Mentee, LocalDate LastDay, MenteeLeavingGrounds Grounds, OrderReference Order);
