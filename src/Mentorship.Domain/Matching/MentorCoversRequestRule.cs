using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>A mentor has at least one of the topics the mentee requested.</summary>
public static class MentorCoversRequestRule
{
    /// <summary>The code of the violation.</summary>
    public const string Code = "matching.no-request-covered";

    /// <summary>Whether the mentor has at least one requested topic.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <returns><see langword="true"/> if a request is covered.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static bool Covers(MatchingMentor mentor, MatchingMentee mentee)
    {
        Guard.Against.Null(mentor);
        Guard.Against.Null(mentee);
        return mentee.Requests.Any(r => mentor.LevelIn(r) > 0);
    }

    /// <summary>Checks the rule.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static RuleViolation? Check(MatchingMentor mentor, MatchingMentee mentee) =>
        Covers(mentor, mentee)
            ? null
            : RuleViolation.Create(
                nameof(MentorCoversRequestRule),
                Code,
                PairSubject.Of(mentor, mentee),
                ViolationArgument.Topics(
                    "topics",
                    mentee.Requests.Select(t => (t.Value, RequestTopicCatalog.Standard.TryGet(t, out var known) ? known.Title : (string?)null))));
}
