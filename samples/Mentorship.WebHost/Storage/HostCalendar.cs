using Mentorship.Domain.Calendar;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// The working-day calendar of the host: the Russian production calendar, and for a year whose decree the core does
/// not carry yet, the Labour Code alone (the core's explicit policy; the host says so in docs/design.md).
/// </summary>
public static class HostCalendar
{
    public static IWorkingDayCalendar Instance { get; } =
        RussianProductionCalendar.Default.WithUnknownYearPolicy(UnknownYearPolicy.LabourCodeOnly);
}
