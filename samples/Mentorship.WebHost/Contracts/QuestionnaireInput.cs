using Mentorship.Domain.Banks;

namespace Mentorship.WebHost.Contracts;

/// <summary>A potential mentor's questionnaire (roadmap item 2.2).</summary>
public sealed record QuestionnaireInput(string? Experience, string? Achievements, IReadOnlyList<string>? PreferredMeetingTimes, string? Motivation)
{
    internal MentorQuestionnaire ToQuestionnaire() => new(Experience ?? string.Empty, Achievements ?? string.Empty, PreferredMeetingTimes, Motivation);
}
