namespace Mentorship.Domain.Matching;

/// <summary>What one optimal solve took (for the benchmarks and the tests).</summary>
/// <param name="MentorSide">Whether the search started from the mentors' places (fewer than the mentees).</param>
/// <param name="Phases">The number of Dijkstra phases.</param>
/// <param name="HeldArcs">The arcs produced by the end (the solver never read beyond them).</param>
/// <param name="EligiblePairs">All eligible pairs (counted while scoring, never stored).</param>
internal sealed record MatchingSolveStats(bool MentorSide, int Phases, long HeldArcs, long EligiblePairs);
