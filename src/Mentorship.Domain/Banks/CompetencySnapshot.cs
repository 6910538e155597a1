namespace Mentorship.Domain.Banks;

/// <summary>The stored form of one competency.</summary>
/// <param name="Topic">The topic code.</param>
/// <param name="Level">The level, 1 to 3.</param>
public sealed record CompetencySnapshot(string Topic, int Level);
