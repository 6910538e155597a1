namespace Mentorship.Domain.Matching;

/// <summary>Which question the matcher answers. The two modes answer different questions and may give different pairs.</summary>
public enum MatchingMode
{
    /// <summary>
    /// The default of the specification: as many mentees matched as possible, then the greatest total score.
    /// Exact optimum; deterministic whatever the order of the input.
    /// </summary>
    Optimal = 1,

    /// <summary>
    /// A stable matching: no mentor and mentee who would both rather be with each other than with what they got.
    /// Mentee-proposing deferred acceptance with capacities, from stated rankings where given and from scores
    /// otherwise (ties broken by identifier). It may match fewer mentees, or score lower, than <see cref="Optimal"/>.
    /// </summary>
    Stable = 2,
}
