using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K6, the participants' satisfaction, per respondent role.</summary>
/// <remarks>
/// <para>Reads the organisation's final-wave (<see cref="SurveyWave.Final"/>) responses answered in the period that
/// have at least one 1–10 scale answer.</para>
/// <para><b>Numerator:</b> the sum of their scale scores. <b>Denominator:</b> the number of those scores. The value is
/// the mean score.</para>
/// <para><b>Drill-down:</b> the responses whose scores were used.</para>
/// </remarks>
internal sealed class Satisfaction() : PerRoleIndicator(new(
    IndicatorCode.K6,
    IndicatorKind.Mean,
    true,
    "Удовлетворённость участников",
    "средний балл (1–10) итогового анкетирования"))
{
    /// <inheritdoc />
    public override void Count(IndicatorContext context, Tally[] tallies)
    {
        var o = context.Own;
        var period = context.Period;
        var responses = o.Responses;
        for (var i = o.FirstResponseOnOrAfter(period.Start); i < responses.Count && responses[i].AnsweredOn <= period.End; i++)
        {
            var r = responses[i];
            if (r.Wave != SurveyWave.Final || r.ScaleAnswerCount == 0)
            {
                continue;
            }

            var tally = Of(tallies, r.Role);
            var scores = r.ScaleScores;
            foreach (var score in scores)
            {
                tally.Numerator += score;
            }

            tally.Denominator += scores.Length;
            tally.Counted.Add(r.Id);
        }
    }
}
