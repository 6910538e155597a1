namespace Mentorship.WebHost.Contracts;

/// <summary>One field of a personal-data export.</summary>
public sealed record ExportFieldView(string Name, string Value);
