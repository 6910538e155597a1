using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>One request of the mentee that the mentor has, and what it adds to the score.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Rank">Its 1-based place in the mentee's list (1 is the key request).</param>
/// <param name="Weight">The weight of that rank (3, 2 or 1).</param>
/// <param name="Level">The mentor's level in the topic (1 to 3).</param>
public sealed record CoveredRequest(TopicCode Topic, int Rank, int Weight, int Level)
{
    /// <summary>The points added: <see cref="Weight"/> × <see cref="Level"/>.</summary>
    public int Points => Weight * Level;
}
