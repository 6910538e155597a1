namespace Mentorship.WebHost.Contracts;

/// <summary>A mentor from another organisation registered in the year's register: who, from where, how many places.</summary>
public sealed record ExternalMentorView(string Mentor, string OrganizationId, int Capacity);
