using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks;

/// <summary>
/// A raw statement from a mentor questionnaire: a topic and a level as written (checked later by
/// <see cref="CompetencyRule"/>, so an out-of-range level comes back as a violation, not an exception).
/// </summary>
/// <param name="Topic">The topic.</param>
/// <param name="Level">The level as given; valid values are 1 to 3.</param>
public sealed record CompetencyClaim(TopicCode Topic, int Level);
