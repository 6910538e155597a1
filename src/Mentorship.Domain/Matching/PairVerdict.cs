namespace Mentorship.Domain.Matching;

/// <summary>The short answer to "why is X not the mentor of Y?".</summary>
public enum PairVerdict
{
    /// <summary>They are a pair in the result (proposed now or kept).</summary>
    Paired = 1,

    /// <summary>The mentor may not take the mentee: see <see cref="PairExplanation.Violations"/>.</summary>
    Ineligible = 2,

    /// <summary>
    /// Optimal mode: the pair is allowed but the optimum does without it; imposing it gives the counts in
    /// <see cref="PairExplanation.ForcedMatchedCount"/> and <see cref="PairExplanation.ForcedTotalScore"/>, never
    /// better than the optimum; when they are equal the pair lost a tie, broken by identifier order.
    /// </summary>
    LeftOutOfOptimum = 3,

    /// <summary>Stable mode: the mentee prefers the mentor they got.</summary>
    MenteePrefersOwnMentor = 4,

    /// <summary>Stable mode: the mentor is full with mentees they prefer.</summary>
    MentorPrefersOwnMentees = 5,
}
