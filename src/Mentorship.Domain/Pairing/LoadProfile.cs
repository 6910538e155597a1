using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>The greatest number of places a mentor leads on one day of a window.</summary>
internal static class LoadProfile
{
    /// <summary>
    /// The peak of the summed places over the days of <paramref name="window"/>, and the first day it is reached. The
    /// load only rises where a span starts, so the window's first day and the starts inside it are the only days to
    /// look at.
    /// </summary>
    public static (int Peak, LocalDate Day) Peak(IReadOnlyCollection<(DateInterval Span, int Places)> spans, DateInterval window)
    {
        var candidates = spans.Select(s => s.Span.Start).Where(window.Contains).Append(window.Start).Distinct().OrderBy(d => d);
        var peak = 0;
        var day = window.Start;
        foreach (var d in candidates)
        {
            var load = spans.Where(s => s.Span.Contains(d)).Sum(s => s.Places);
            if (load > peak)
            {
                peak = load;
                day = d;
            }
        }

        return (peak, day);
    }
}
