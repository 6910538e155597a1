using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentor's new capacity (mentees at once, at least 1); <paramref name="On"/> defaults to today.</summary>
public sealed record CapacityInput(int? Capacity, LocalDate? On);
