using NodaTime;

namespace Mentorship.Domain.People;

/// <summary>When an educator took up the current post, and whether they had experience in such a post.</summary>
/// <param name="Since">The date of appointment.</param>
/// <param name="WithoutPriorExperience">Whether the person had never worked in such a post before.</param>
public sealed record PostAppointment(LocalDate Since, bool WithoutPriorExperience);
