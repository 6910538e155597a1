namespace Mentorship.Domain.Matching;

/// <summary>How a pair is named in rule violations: by identifiers only.</summary>
internal static class PairSubject
{
    /// <summary>"mentor/mentee".</summary>
    public static string Of(MatchingMentor mentor, MatchingMentee mentee) => $"{mentor.Id}/{mentee.Id}";
}
