using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K9, the load of the organisation's mentors, a state on the period's last day.</summary>
/// <remarks>
/// <para><b>Numerator:</b> distinct mentees (on their own days) in the organisation's programmes active that day.
/// <b>Denominator:</b> distinct mentors leading such a programme with at least one mentee that day. The value is
/// mentees per mentor.</para>
/// <para>A programme led that day by a mentor from another organisation (<see cref="ProgrammeFact.ExternalMentors"/>)
/// is left out: K9 is the load of the organisation's own mentors; the external mentor's load shows in their own
/// organisation.</para>
/// <para><b>Drill-down:</b> the mentees counted. <b>Flagged:</b> mentors whose individual-form mentees that day (in all
/// organisations) exceed their capacity: the largest among their mentor-bank entries in force that day, or
/// <see cref="MonitoringPolicy.DefaultMentorCapacity"/> without one.</para>
/// </remarks>
internal sealed class MentorLoad() : SingleResultIndicator(new(
    IndicatorCode.K9,
    IndicatorKind.Ratio,
    false,
    "Нагрузка на наставников",
    "наставляемые в действующих программах / действующие наставники"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        var asOf = context.AsOf;
        var mentees = new HashSet<EducatorId>();
        var mentors = new HashSet<EducatorId>();
        var mentorOrder = new List<EducatorId>();
        foreach (var p in context.Own.Programmes)
        {
            var mentor = p.MentorOn(asOf);
            if (!p.IsActiveOn(asOf) || p.IsExternalMentor(mentor))
            {
                continue;
            }

            var anyMentee = false;
            foreach (var e in p.EnrolmentArray)
            {
                if (!e.IsOn(asOf))
                {
                    continue;
                }

                anyMentee = true;
                if (mentees.Add(e.Mentee))
                {
                    tally.Count(e.Mentee.Value);
                }
            }

            if (anyMentee && mentors.Add(mentor))
            {
                mentorOrder.Add(mentor);
            }
        }

        tally.Denominator = mentors.Count;
        foreach (var mentor in mentorOrder)
        {
            var load = 0;
            foreach (var q in context.Facts.ProgrammesByMentor[mentor])
            {
                if (q.IsIndividualForm && q.IsActiveOn(asOf) && q.MentorOn(asOf) == mentor)
                {
                    foreach (var e in q.EnrolmentArray)
                    {
                        load += e.IsOn(asOf) ? 1 : 0;
                    }
                }
            }

            if (load > CapacityOn(context, mentor, asOf))
            {
                tally.Flagged.Add(mentor.Value);
            }
        }
    }

    private static int CapacityOn(IndicatorContext context, EducatorId mentor, LocalDate asOf)
    {
        var capacity = 0;
        if (context.Facts.MentorBankByMentor.TryGetValue(mentor, out var entries))
        {
            foreach (var b in entries)
            {
                if (b.IsInBankOn(asOf) && b.Capacity > capacity)
                {
                    capacity = b.Capacity;
                }
            }
        }

        return capacity == 0 ? context.Policy.DefaultMentorCapacity : capacity;
    }
}
