using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A dated command without other data (a withdrawal of consent); <paramref name="On"/> defaults to today.</summary>
public sealed record DateInput(LocalDate? On);
