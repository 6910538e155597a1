using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K10, involvement of the staff in mentorship in any role.</summary>
/// <remarks>
/// <para><b>Denominator:</b> educators employed by the organisation on the period's last day.</para>
/// <para><b>Numerator:</b> those who, on a day of the period, were a mentee (on their own days) or the leading mentor
/// in a programme of any organisation.</para>
/// <para><b>Drill-down:</b> the counted educators' identifiers.</para>
/// </remarks>
internal sealed class StaffInvolvement() : SingleResultIndicator(new(
    IndicatorCode.K10,
    IndicatorKind.Share,
    false,
    "Вовлечённость педагогов",
    "педагоги, участвующие в наставничестве в любой роли / все педагоги"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        var period = context.Period;
        var asOf = period.End;
        foreach (var person in context.Own.Staff)
        {
            if (person.JobOn(asOf) is null)
            {
                continue;
            }

            tally.Denominator++;
            var involved =
                (person.AsMentee is { } asMentee && AnyDuring(asMentee, period))
                || (person.AsMentor is { } asMentor && AnyLedDuring(asMentor, person.Id, period));
            if (involved)
            {
                tally.Count(person.Id.Value);
            }
        }
    }

    private static bool AnyDuring(List<MenteeSpanFact> programmes, DateInterval period)
    {
        foreach (var e in programmes)
        {
            if (e.IsDuring(period.Start, period.End))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyLedDuring(List<ProgrammeFact> programmes, EducatorId mentor, DateInterval period)
    {
        foreach (var p in programmes)
        {
            if (p.WasLedByDuring(mentor, period.Start, period.End))
            {
                return true;
            }
        }

        return false;
    }
}
