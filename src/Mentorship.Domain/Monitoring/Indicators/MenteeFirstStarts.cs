using System;
using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// Each mentee of an organisation's programmes with their earliest first day among the enrolments an indicator
/// selects (their own day: the day a late joiner joined), in order of first appearance. Read by retention (K8) and
/// professional growth (K11).
/// </summary>
internal static class MenteeFirstStarts
{
    /// <summary>Collects the mentees and their first days.</summary>
    /// <param name="programmes">The organisation's programmes.</param>
    /// <param name="period">The period, passed to the selectors.</param>
    /// <param name="programme">Which programmes to read (a quick cut before their enrolments); static, to allocate nothing.</param>
    /// <param name="enrolment">Which enrolments count; static, to allocate nothing.</param>
    /// <returns>The mentees with their earliest selected first day, in order of first appearance.</returns>
    public static List<(EducatorId Mentee, LocalDate From)> Collect(
        List<ProgrammeFact> programmes,
        DateInterval period,
        Func<ProgrammeFact, DateInterval, bool> programme,
        Func<MenteeSpanFact, DateInterval, bool> enrolment)
    {
        var starts = new List<(EducatorId Mentee, LocalDate From)>();
        var index = new Dictionary<EducatorId, int>();
        foreach (var p in programmes)
        {
            if (!programme(p, period))
            {
                continue;
            }

            foreach (var e in p.EnrolmentArray)
            {
                if (!enrolment(e, period))
                {
                    continue;
                }

                if (!index.TryGetValue(e.Mentee, out var i))
                {
                    index.Add(e.Mentee, starts.Count);
                    starts.Add((e.Mentee, e.From));
                }
                else if (e.From < starts[i].From)
                {
                    starts[i] = (e.Mentee, e.From);
                }
            }
        }

        return starts;
    }
}
