using System;

namespace Mentorship.Domain.Calendar;

/// <summary>
/// Thrown when a <see cref="RussianProductionCalendar"/> is asked about a year it has no data for and its
/// policy is <see cref="UnknownYearPolicy.Refuse"/>. Supply the year with
/// <see cref="RussianProductionCalendar.WithYear"/>, or choose a fallback with
/// <see cref="RussianProductionCalendar.WithUnknownYearPolicy"/>.
/// </summary>
public sealed class UnknownProductionYearException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception for a year.</summary>
    /// <param name="year">The year asked about.</param>
    public UnknownProductionYearException(int year)
        : base(
            "date",
            $"The production calendar has no data for {year}: supply the year's decree data (ProductionYear) or choose an UnknownYearPolicy.")
    {
        Year = year;
    }

    /// <summary>Creates the exception (for serializers and tooling); <see cref="Year"/> is 0.</summary>
    public UnknownProductionYearException()
    {
    }

    /// <summary>Creates the exception with a message (for tooling); <see cref="Year"/> is 0.</summary>
    /// <param name="message">The message.</param>
    public UnknownProductionYearException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception (for tooling); <see cref="Year"/> is 0.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UnknownProductionYearException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The year the calendar has no data for.</summary>
    public int Year { get; }
}
