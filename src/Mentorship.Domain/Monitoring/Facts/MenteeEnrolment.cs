using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// One mentee in one programme with the days resolved once (the mentee's own span cut by the programme's closing
/// day), so that per-person indicators read a reference and compare dates instead of searching the programme.
/// </summary>
internal sealed class MenteeEnrolment(ProgrammeFact programme, EducatorId mentee, LocalDate from, LocalDate? lastDay, bool left)
{
    public ProgrammeFact Programme { get; } = programme;

    public EducatorId Mentee { get; } = mentee;

    /// <summary>The mentee's first day in the programme.</summary>
    public LocalDate From { get; } = from;

    /// <summary>The mentee's last day: the day they left, else the programme's closing day; <see langword="null"/> while both go on.</summary>
    public LocalDate? LastDay { get; } = lastDay;

    /// <summary>Whether the mentee left before the programme's closing day (released or moved), so did not see it closed.</summary>
    public bool Left { get; } = left;

    /// <summary>Whether the mentee is in the programme on a date.</summary>
    public bool IsOn(LocalDate on) => From <= on && (LastDay is not { } last || on <= last);

    /// <summary>Whether the mentee is in the programme on at least one day of a period.</summary>
    public bool IsDuring(LocalDate periodStart, LocalDate periodEnd) => From <= periodEnd && (LastDay is not { } last || last >= periodStart);
}
