namespace Mentorship.Domain.Roadmap;

/// <summary>Which halves «I полугодие» and «II полугодие» name when the phrase does not say.</summary>
public enum HalfYearBasis
{
    /// <summary>The school year's halves: the first from 1 September to 31 December, the second from 1 January to 31 May.</summary>
    SchoolYear = 0,

    /// <summary>The calendar year's halves: January to June and July to December.</summary>
    CalendarYear = 1,
}
