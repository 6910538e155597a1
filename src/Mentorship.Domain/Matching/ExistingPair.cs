using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>A pair already in place when the matcher runs (mid-year re-matching, the continued search).</summary>
/// <param name="Mentor">The mentor.</param>
/// <param name="Mentee">The mentee.</param>
public sealed record ExistingPair(EducatorId Mentor, EducatorId Mentee);
