using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>
/// The score of a mentor for a mentee, in whole points (the specification's formula): for each request the
/// mentor has, the weight of its rank (3 for the key request, 2 for the second, 1 for the rest) times the
/// mentor's level; plus <see cref="SharedSubjectBonus"/> if they teach a common subject; plus
/// <see cref="SameOrganizationBonus"/> if they work in the same organisation.
/// </summary>
public static class MatchingScore
{
    /// <summary>The weight of the key request (rank 1).</summary>
    public const int KeyRequestWeight = 3;

    /// <summary>The weight of the second request.</summary>
    public const int SecondRequestWeight = 2;

    /// <summary>The weight of the third and later requests.</summary>
    public const int OtherRequestWeight = 1;

    /// <summary>The bonus for at least one shared subject.</summary>
    public const int SharedSubjectBonus = 2;

    /// <summary>The bonus for the same organisation.</summary>
    public const int SameOrganizationBonus = 1;

    /// <summary>The highest score possible: five requests all at expert level, a shared subject, the same organisation (27).</summary>
    public const int MaxScore =
        ((KeyRequestWeight + SecondRequestWeight + (3 * OtherRequestWeight)) * MatchingMentor.MaxLevel)
        + SharedSubjectBonus + SameOrganizationBonus;

    /// <summary>The weight of a request by its 1-based rank.</summary>
    /// <param name="rank">1 for the key request.</param>
    /// <returns>3, 2 or 1.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="rank"/> is less than 1.</exception>
    public static int WeightOf(int rank) =>
        Guard.Against.NegativeOrZero(rank) switch
        {
            1 => KeyRequestWeight,
            2 => SecondRequestWeight,
            _ => OtherRequestWeight,
        };

    /// <summary>The score of the mentor for the mentee, with its parts.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The breakdown; its <see cref="ScoreBreakdown.Total"/> is the score.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static ScoreBreakdown Explain(MatchingMentor mentor, MatchingMentee mentee)
    {
        Guard.Against.Null(mentor);
        Guard.Against.Null(mentee);
        var covered = new List<CoveredRequest>();
        var uncovered = new List<TopicCode>();
        for (var i = 0; i < mentee.Requests.Count; i++)
        {
            var topic = mentee.Requests[i];
            var level = mentor.LevelIn(topic);
            if (level > 0)
            {
                covered.Add(new CoveredRequest(topic, i + 1, WeightOf(i + 1), level));
            }
            else
            {
                uncovered.Add(topic);
            }
        }

        var sharesSubject = mentor.Subjects.Intersect(mentee.Subjects, System.StringComparer.Ordinal).Any();
        return new ScoreBreakdown(
            covered,
            uncovered,
            sharesSubject ? SharedSubjectBonus : 0,
            mentor.OrganizationId == mentee.OrganizationId ? SameOrganizationBonus : 0);
    }

    /// <summary>The score of the mentor for the mentee.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <returns>0 to <see cref="MaxScore"/>.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static int Of(MatchingMentor mentor, MatchingMentee mentee) => Explain(mentor, mentee).Total;
}
