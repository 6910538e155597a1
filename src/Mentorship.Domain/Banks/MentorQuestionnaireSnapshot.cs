using System.Collections.Generic;

namespace Mentorship.Domain.Banks;

/// <summary>The stored form of a <see cref="MentorQuestionnaire"/>.</summary>
/// <param name="Experience">Experience.</param>
/// <param name="Achievements">Achievements.</param>
/// <param name="PreferredMeetingTimes">Preferred meeting times.</param>
/// <param name="Motivation">Motivation.</param>
public sealed record MentorQuestionnaireSnapshot(string Experience, string Achievements, IReadOnlyList<string> PreferredMeetingTimes, string Motivation);
