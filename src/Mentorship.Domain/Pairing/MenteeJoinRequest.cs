using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>What the coordinator asks for when adding a mentee to a running group (or moving one into it).</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="FirstDay">The mentee's first day in the group: inside the period, not before the order.</param>
/// <param name="Consent">The mentee's written consent to take part, signed no later than the order.</param>
/// <param name="Order">The order changing the composition (a new number).</param>
public sealed record MenteeJoinRequest(EducatorId Mentee, LocalDate FirstDay, MenteeConsent Consent, OrderReference Order);
