using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// The notice rule for a notice given on a day: the register's notice in working days and the earliest last day of
/// mentoring it allows (the core's count on the production calendar; for a replacement, the previous mentor's last day).
/// </summary>
public sealed record NoticeView(LocalDate GivenOn, int WorkingDays, LocalDate EarliestLastDay);
