using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Facts;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// K1, coverage of young teachers (federal target ≥ 70 %), a state on the period's last day.
/// </summary>
/// <remarks>
/// <para><b>Denominator:</b> young teachers employed by the organisation on the last day: by age and teaching years
/// (<see cref="YoungTeacherRule"/> applied to the employment's young-teacher status) or, when
/// <see cref="MonitoringPolicy.CountsNewPostWithoutExperience"/> is set (the default), appointed less than three years
/// before to a post they had no experience in (<see cref="EducatorFact.NewPostWithoutExperience"/>).</para>
/// <para><b>Numerator:</b> those of them in a programme (of any organisation) on the day, on their own days, or who
/// stayed in one to its completion (not ended early); a mentee who left before the closing day did not see it completed.</para>
/// <para><b>Drill-down:</b> the counted teachers' identifiers.</para>
/// </remarks>
internal sealed class YoungTeacherCoverage() : SingleResultIndicator(new(
    IndicatorCode.K1,
    IndicatorKind.Share,
    false,
    "Охват молодых педагогов наставничеством",
    $"молодые педагоги ({People.YoungSpecialistPolicy.Default.Wording}; по настройке мониторинга также назначенные на должность без опыта работы на ней) в действующей или завершённой программе / все молодые педагоги"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        var asOf = context.AsOf;
        var countingNewPost = context.Policy.CountsNewPostWithoutExperience;
        foreach (var person in context.Own.Staff)
        {
            if (person.JobOn(asOf) is not { } job || !job.IsYoungTeacherOn(asOf, countingNewPost))
            {
                continue;
            }

            tally.Denominator++;
            if (person.AsMentee is { } programmes && Covers(programmes, asOf))
            {
                tally.Count(person.Id.Value);
            }
        }
    }

    // Loops rather than List.Exists with a lambda: a capturing lambda allocates per call, and these run per person.
    private static bool Covers(List<MenteeSpanFact> programmes, NodaTime.LocalDate asOf)
    {
        foreach (var e in programmes)
        {
            // In the programme on the day, or stayed in it to a closing that was not early.
            if (e.From <= asOf && (e.LastDay is not { } last || last >= asOf || (!e.Left && e.Programme.Closure != ProgrammeClosure.EndedEarly)))
            {
                return true;
            }
        }

        return false;
    }
}
