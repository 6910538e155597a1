using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// The organisation's active mentors on a day, as K9 counts them: each mentor leading, that day, one of the
/// organisation's programmes with at least one mentee that day, mentors from another organisation left out. K13 and
/// K14 take them as their denominator; the census sums their pay.
/// </summary>
internal static class ActiveMentors
{
    /// <summary>The active mentors on a day, in order of their first programme, each with the programmes they lead that day.</summary>
    public static List<KeyValuePair<EducatorId, List<ProgrammeFact>>> On(OrganizationFacts own, LocalDate asOf)
    {
        var result = new List<KeyValuePair<EducatorId, List<ProgrammeFact>>>();
        var index = new Dictionary<EducatorId, int>();
        foreach (var p in own.Programmes)
        {
            if (!p.IsActiveOn(asOf))
            {
                continue;
            }

            var mentor = p.MentorOn(asOf);
            if (p.IsExternalMentor(mentor) || !AnyMenteeOn(p, asOf))
            {
                continue;
            }

            if (index.TryGetValue(mentor, out var i))
            {
                result[i].Value.Add(p);
            }
            else
            {
                index.Add(mentor, result.Count);
                result.Add(new(mentor, [p]));
            }
        }

        return result;
    }

    /// <summary>The pay the mentor's agreement for a programme states, if the mentor leading it is the one whose agreement the facts hold.</summary>
    public static decimal PayOf(MonitoringFacts facts, ProgrammeFact programme, EducatorId mentor) =>
        facts.FixedUnitsById.TryGetValue(programme.Id, out var unit) && unit.Mentor == mentor && unit.MonthlyPay is { } pay ? pay : 0m;

    private static bool AnyMenteeOn(ProgrammeFact p, LocalDate asOf)
    {
        foreach (var e in p.EnrolmentArray)
        {
            if (e.IsOn(asOf))
            {
                return true;
            }
        }

        return false;
    }
}
