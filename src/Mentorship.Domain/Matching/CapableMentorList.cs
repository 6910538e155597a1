using System;
using System.Collections;
using System.Collections.Generic;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>
/// The mentors who could take an unmatched mentee, in identifier order, produced when first read: at a
/// national size the full lists of every unmatched mentee would outweigh the rest of the result. Thread-safe.
/// </summary>
internal sealed class CapableMentorList : IReadOnlyList<EducatorId>
{
    private readonly Lazy<EducatorId[]> _mentors;

    public CapableMentorList(ScoringSide side, IReadOnlyList<MatchingMentor> mentors, int mentee, int count)
    {
        Count = count;
        _mentors = new Lazy<EducatorId[]>(() =>
        {
            var scorer = new ArcScorer(side);
            var n = scorer.Score(mentee);
            var ids = new EducatorId[n];
            for (var k = 0; k < n; k++)
            {
                ids[k] = mentors[scorer.Targets[k]].Id;
            }

            return ids;
        });
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public EducatorId this[int index] => _mentors.Value[index];

    /// <inheritdoc />
    public IEnumerator<EducatorId> GetEnumerator() => ((IEnumerable<EducatorId>)_mentors.Value).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
