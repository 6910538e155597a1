namespace Mentorship.Domain.Calendar;

/// <summary>What a <see cref="RussianProductionCalendar"/> does when asked about a year it has no decree data for.</summary>
public enum UnknownYearPolicy
{
    /// <summary>Throw <see cref="UnknownProductionYearException"/> (the default): never guess.</summary>
    Refuse = 0,

    /// <summary>
    /// Use <see cref="ProductionYear.FromLabourCode"/>: weekends, the art. 112 holidays, the automatic move of a
    /// holiday on a weekend to the next working day, and art. 95 shortened days, but none of the decree's
    /// transfers. An approximation the host chooses knowingly (the decree usually moves two January days).
    /// </summary>
    LabourCodeOnly = 1,
}
