using NodaTime;

namespace Mentorship.WebHost.Demo;

/// <summary>
/// The demo host's clock: the demo date (<c>Demo:Today</c>) at the real time of day in the host's time zone, so that
/// the lived demo year is seen on the day it was played to (the due items, the default periods, the dates of changes).
/// </summary>
public sealed class DemoClock(IClock real, LocalDate today, DateTimeZone zone) : IClock
{
    public Instant GetCurrentInstant()
    {
        var time = real.GetCurrentInstant().InZone(zone).TimeOfDay;
        return today.At(time).InZoneLeniently(zone).ToInstant();
    }
}
