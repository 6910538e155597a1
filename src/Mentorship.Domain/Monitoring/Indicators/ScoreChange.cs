using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K7, the change between the entry and the final questionnaires, per respondent role.</summary>
/// <remarks>
/// <para>Reads the organisation's final-wave responses answered in the period that have at least one 1–10 scale
/// answer, each against the latest entry-wave response of the same person, programme and role answered no later.</para>
/// <para><b>Numerator:</b> the sum over the items answered in both of final score − entry score. <b>Denominator:</b>
/// the number of such items. The value is the mean change.</para>
/// <para><b>Drill-down:</b> the final responses with at least one item matched.</para>
/// </remarks>
internal sealed class ScoreChange() : PerRoleIndicator(new(
    IndicatorCode.K7,
    IndicatorKind.Change,
    true,
    "Динамика оценок",
    "средний балл итоговой анкеты − средний балл входной анкеты (те же вопросы, те же участники)"))
{
    /// <inheritdoc />
    public override void Count(IndicatorContext context, Tally[] tallies)
    {
        var o = context.Own;
        var period = context.Period;
        var entries = context.Facts.EntryResponses;
        var responses = o.Responses;
        for (var i = o.FirstResponseOnOrAfter(period.Start); i < responses.Count && responses[i].AnsweredOn <= period.End; i++)
        {
            var r = responses[i];
            if (r.Wave != SurveyWave.Final || r.ScaleAnswerCount == 0
                || !entries.TryGetValue(new ResponseKey(r.ProgrammeId, r.Respondent, r.Role), out var entry) || entry.AnsweredOn > r.AnsweredOn)
            {
                continue;
            }

            var tally = Of(tallies, r.Role);
            var matched = false;
            var scores = r.ScaleScores;
            var codes = r.ScaleCodes;
            var entryCodes = entry.ScaleCodes;
            for (var a = 0; a < codes.Length; a++)
            {
                for (var j = 0; j < entryCodes.Length; j++)
                {
                    // Codes of one form are shared strings, so the reference check settles most comparisons.
                    if (ReferenceEquals(entryCodes[j], codes[a]) || string.Equals(entryCodes[j], codes[a], System.StringComparison.Ordinal))
                    {
                        tally.Numerator += scores[a] - entry.ScaleScores[j];
                        tally.Denominator++;
                        matched = true;
                        break;
                    }
                }
            }

            if (matched)
            {
                tally.Counted.Add(r.Id);
            }
        }
    }
}
