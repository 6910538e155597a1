using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A work item of the year's schedule recorded done (its identifier such as <c>2.1/1</c>); <paramref name="On"/> defaults to today.</summary>
public sealed record CompletionInput(string? WorkItemId, LocalDate? On);
