namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K14, the share of the organisation's active mentors trained in the last three years, a state on the period's last day.</summary>
/// <remarks>
/// <para><b>Denominator:</b> the active mentors on the last day (<see cref="ActiveMentors"/>, K9's denominator).</para>
/// <para><b>Numerator:</b> those of them with a training session (roadmap item 2.3, <see cref="Facts.MentorTrainingFact"/>,
/// recorded by any organisation's bank) dated in the three years that end on the last day: after the day three years
/// before it, through it.</para>
/// <para><b>Drill-down:</b> the counted mentors' identifiers.</para>
/// </remarks>
internal sealed class MentorTraining() : SingleResultIndicator(new(
    IndicatorCode.K14,
    IndicatorKind.Share,
    false,
    "Доля обученных наставников",
    "действующие наставники, прошедшие обучение за последние 3 года / все действующие наставники"))
{
    /// <summary>How many years back a session counts.</summary>
    internal const int Years = 3;

    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        var asOf = context.AsOf;
        var after = asOf.PlusYears(-Years);
        foreach (var active in ActiveMentors.On(context.Own, asOf))
        {
            var mentor = active.Key;
            tally.Denominator++;
            if (!context.Facts.TrainingsByMentor.TryGetValue(mentor, out var sessions))
            {
                continue;
            }

            foreach (var s in sessions)
            {
                if (s.On > after && s.On <= asOf)
                {
                    tally.Count(mentor.Value);
                    break;
                }
            }
        }
    }
}
