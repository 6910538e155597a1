using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentor the mentee must not be paired with (conflict of interest); <paramref name="On"/> defaults to today.</summary>
public sealed record ExcludedMentorInput(string? MentorId, LocalDate? On);
