using NodaTime;

namespace Mentorship.WebHost.Application;

/// <summary>
/// "Today" for commands sent without a date: the injected clock in the host's time zone (configuration
/// <c>Host:TimeZone</c>, default Europe/Moscow). The core never reads the time itself; the host decides here.
/// </summary>
public sealed class HostClock(IClock clock, DateTimeZone zone)
{
    public LocalDate Today => clock.GetCurrentInstant().InZone(zone).Date;
}
