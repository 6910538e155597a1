using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// When a roadmap activity or deliverable takes place, as a typed value read from a Russian phrase such as
/// «Ежегодно апрель - сентябрь» (see <see cref="RussianTimingParser"/>). The derived types are the closed
/// set of forms roadmaps use; <see cref="Code"/> names the form.
/// </summary>
/// <remarks>
/// A timing is resolved against a calendar year with <see cref="WindowsFor"/>: a year written in the phrase
/// wins over the year asked for; a range whose end month comes before its start month ends in the next year.
/// Instances are immutable.
/// </remarks>
public abstract class Timing
{
    private protected Timing()
    {
    }

    /// <summary>
    /// The stable machine name of the form: <c>month</c>, <c>month-range</c>, <c>month-list</c>, <c>annual-window</c>,
    /// <c>every-year</c>, <c>through-year</c>, <c>school-year</c>, <c>quarter</c>, <c>half-year</c>, <c>quarterly</c>,
    /// <c>monthly</c>, <c>date</c>, <c>deadline</c>, <c>monthly-deadline</c>, <c>day-range</c>, <c>years</c>,
    /// <c>school-years</c>, <c>separate-plan</c>, <c>as-needed</c>, <c>several</c> or <c>unrecognised</c>.
    /// </summary>
    public abstract string Code { get; }

    /// <summary>
    /// The date windows the timing gives when the roadmap is read for <paramref name="year"/>, in the order
    /// the phrase gives them; each window includes both its ends. Empty for timings without dates (on a
    /// separate plan, as needed, unrecognised).
    /// </summary>
    /// <param name="year">The calendar year asked for (1900–9998).</param>
    /// <returns>The windows.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public abstract IReadOnlyList<DateInterval> WindowsFor(int year);

    /// <summary>
    /// The timing in canonical Russian, readable again by <see cref="RussianTimingParser"/> (a half-year with the same
    /// <see cref="HalfYearBasis"/>); an <see cref="UnrecognisedTiming"/> gives its text as written.
    /// </summary>
    /// <returns>The phrase, e.g. «ежегодно апрель – сентябрь».</returns>
    public abstract override string ToString();
}
