using System.Collections.Generic;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>The answer to "why is X not the mentor of Y?" for one result.</summary>
/// <param name="Mentor">The mentor asked about.</param>
/// <param name="Mentee">The mentee asked about.</param>
/// <param name="Verdict">The short answer.</param>
/// <param name="Violations">The rules the pair breaks (for <see cref="PairVerdict.Ineligible"/>), else empty.</param>
/// <param name="Score">What the pair would score, with its parts.</param>
/// <param name="MenteesMentor">The mentor the mentee got, if any.</param>
/// <param name="MentorsMentees">The mentees the mentor got (new and kept), in identifier order.</param>
/// <param name="ForcedMatchedCount">
/// Optimal mode, for an allowed pair left out: how many mentees would be matched if the pair were imposed
/// (compare with the result's <see cref="MatchingResult.MatchedCount"/>).
/// </param>
/// <param name="ForcedTotalScore">Likewise, the best total score with the pair imposed.</param>
/// <param name="Message">The answer in Russian, with identifiers only.</param>
public sealed record PairExplanation(
    EducatorId Mentor,
    EducatorId Mentee,
    PairVerdict Verdict,
    IReadOnlyList<RuleViolation> Violations,
    ScoreBreakdown Score,
    EducatorId? MenteesMentor,
    IReadOnlyList<EducatorId> MentorsMentees,
    int? ForcedMatchedCount,
    int? ForcedTotalScore,
    string Message);
