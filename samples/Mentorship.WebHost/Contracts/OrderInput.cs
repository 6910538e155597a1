using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>An order fixing pairs and groups: its number and date, and the units (default: every unit with its consents in place).</summary>
public sealed record OrderInput(string? Number, LocalDate? Date, IReadOnlyList<string>? Units);
