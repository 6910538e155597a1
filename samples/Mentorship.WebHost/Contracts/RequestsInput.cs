using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentee's new request list, most important first; <paramref name="On"/> defaults to today.</summary>
public sealed record RequestsInput(IReadOnlyList<string>? Requests, LocalDate? On);
