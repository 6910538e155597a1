using NodaTime;

namespace Mentorship.Domain.Pairing.Support;

/// <summary>One run of the continued search for a mentee's mentor.</summary>
/// <param name="On">The date.</param>
/// <param name="Found">Whether it proposed a mentor.</param>
/// <param name="Reason">Why not, when nothing was found (from the matching), else <see langword="null"/>.</param>
public sealed record SearchAttempt(LocalDate On, bool Found, UnpairedCause? Reason);
