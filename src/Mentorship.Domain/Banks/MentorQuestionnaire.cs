using System.Collections.Generic;
using System.Linq;

namespace Mentorship.Domain.Banks;

/// <summary>A potential mentor's questionnaire answers (анкета потенциального наставника), item 2.2 of the roadmap.</summary>
public sealed class MentorQuestionnaire
{
    /// <summary>Creates the answers.</summary>
    /// <param name="experience">Experience in the profession and in mentoring, in the mentor's words.</param>
    /// <param name="achievements">Achievements: categories, contests, publications, students' results.</param>
    /// <param name="preferredMeetingTimes">When the mentor prefers to meet, e.g. «вторник после 15:00».</param>
    /// <param name="motivation">Why the mentor wants to take part; optional.</param>
    public MentorQuestionnaire(string experience, string achievements, IEnumerable<string>? preferredMeetingTimes = null, string? motivation = null)
    {
        Experience = experience?.Trim() ?? string.Empty;
        Achievements = achievements?.Trim() ?? string.Empty;
        PreferredMeetingTimes = (preferredMeetingTimes ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToArray();
        Motivation = motivation?.Trim() ?? string.Empty;
    }

    /// <summary>Experience in the profession and in mentoring.</summary>
    public string Experience { get; }

    /// <summary>Achievements.</summary>
    public string Achievements { get; }

    /// <summary>Preferred meeting times.</summary>
    public IReadOnlyList<string> PreferredMeetingTimes { get; }

    /// <summary>Motivation; empty when not given.</summary>
    public string Motivation { get; }

    /// <inheritdoc />
    public override string ToString() => "MentorQuestionnaire";
}
