namespace Mentorship.WebHost.Contracts;

/// <summary>A request the mentor covers: its rank in the mentee's list, its weight, the mentor's level, the points.</summary>
public sealed record CoveredRequestView(string Topic, int Rank, int Weight, int Level, int Points);
