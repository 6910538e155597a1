namespace Mentorship.WebHost.Contracts;

/// <summary>A mentor's places taken today against their capacity.</summary>
public sealed record MentorLoadView(string Id, string Name, int Load, int Capacity);
