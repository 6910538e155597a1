using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>What the coordinator asks for when a mentee leaves a running group that goes on.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="LastDay">The mentee's last day in the group: inside the period, not before the order.</param>
/// <param name="Grounds">Why.</param>
/// <param name="Order">The order changing the composition (a new number).</param>
public sealed record MenteeReleaseRequest(EducatorId Mentee, LocalDate LastDay, MenteeLeavingGrounds Grounds, OrderReference Order);
