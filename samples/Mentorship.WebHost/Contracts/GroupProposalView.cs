namespace Mentorship.WebHost.Contracts;

/// <summary>A mentor who got several mentees with the same key request: they could form a group.</summary>
public sealed record GroupProposalView(string Mentor, string KeyRequest, IReadOnlyList<string> Mentees);
