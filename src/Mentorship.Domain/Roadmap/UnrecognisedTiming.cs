using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A timing cell that could not be read, kept as written: «в каникулярное время», «после подведения итогов». Code
/// <c>unrecognised</c>. Nothing is guessed: it gives no windows, so the activity is scheduled as having no dates.
/// A lenient <see cref="RoadmapTableImporter"/> import makes one for each such cell and reports a warning.
/// </summary>
public sealed class UnrecognisedTiming : Timing
{
    private UnrecognisedTiming(TimingParseFailure failure) => Failure = failure;

    /// <summary>Why the text could not be read, with the text itself.</summary>
    public TimingParseFailure Failure { get; }

    /// <summary>The text as written (trimmed).</summary>
    public string Text => Failure.Text.Trim();

    /// <inheritdoc />
    public override string Code => "unrecognised";

    /// <summary>Creates the timing.</summary>
    /// <param name="failure">The parser's failure for the text.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="failure"/> is null.</exception>
    public static UnrecognisedTiming Create(TimingParseFailure failure) => new(Guard.Against.Null(failure));

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        return [];
    }

    /// <summary>The text as written; unlike other timings it does not read back as a timing.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
