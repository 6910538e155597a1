using System;
using System.Collections.Generic;
using System.Linq;

namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>Adds up responses item by item, entry wave against final wave, for the reports.</summary>
internal static class QuestionnaireSummarizer
{
    private static readonly RespondentRole[] Roles = [RespondentRole.Mentee, RespondentRole.Mentor, RespondentRole.Coordinator];
    private static readonly SurveyWave[] Waves = [SurveyWave.Entry, SurveyWave.Interim, SurveyWave.Final];

    public static IReadOnlyList<ResponseCount> Count(IReadOnlyList<QuestionnaireResponse> responses) =>
        (from role in Roles
         from wave in Waves
         let n = responses.Count(r => r.Role == role && r.Wave == wave)
         where n > 0
         select new ResponseCount(role, wave, n)).ToArray();

    public static IReadOnlyList<QuestionnaireItemSummary> Summarize(IReadOnlyList<QuestionnaireResponse> responses, InstrumentSet instruments)
    {
        var result = new List<QuestionnaireItemSummary>();
        foreach (var role in Roles)
        {
            var entry = Accumulate(responses, role, SurveyWave.Entry);
            var final = Accumulate(responses, role, SurveyWave.Final);
            var finalForm = instruments.Find(role, SurveyWave.Final);
            var entryForm = instruments.Find(role, SurveyWave.Entry);

            // Items in the order of the final form, then entry-only items, then items no form of the set knows.
            var codes = new List<string>();
            void AddCodes(IEnumerable<string> more)
            {
                foreach (var c in more)
                {
                    if ((entry.ContainsKey(c) || final.ContainsKey(c)) && !codes.Contains(c))
                    {
                        codes.Add(c);
                    }
                }
            }

            AddCodes(finalForm?.Items.Select(i => i.Code) ?? []);
            AddCodes(entryForm?.Items.Select(i => i.Code) ?? []);
            AddCodes(final.Keys.Concat(entry.Keys).OrderBy(c => c, StringComparer.Ordinal));
            foreach (var code in codes)
            {
                var item = finalForm?.FindItem(code) ?? entryForm?.FindItem(code);
                var kind = (final.TryGetValue(code, out var f) ? f : entry[code]).Kind;
                result.Add(new QuestionnaireItemSummary(
                    role,
                    code,
                    item?.Text ?? code,
                    kind,
                    Figure(entry.TryGetValue(code, out var e) ? e : null),
                    Figure(f)));
            }
        }

        return result;
    }

    private static Dictionary<string, Sum> Accumulate(IReadOnlyList<QuestionnaireResponse> responses, RespondentRole role, SurveyWave wave)
    {
        var sums = new Dictionary<string, Sum>(StringComparer.Ordinal);
        foreach (var r in responses)
        {
            if (r.Role != role || r.Wave != wave)
            {
                continue;
            }

            foreach (var a in r.Answers)
            {
                if (!sums.TryGetValue(a.ItemCode, out var s))
                {
                    s = new Sum(a.Kind);
                    sums.Add(a.ItemCode, s);
                }

                if (s.Kind != a.Kind)
                {
                    continue;
                }

                s.Answers++;
                s.Total += a.Kind == QuestionKind.Scale ? a.Score : a.IsYes ? 1 : 0;
            }
        }

        return sums;
    }

    private static WaveFigure Figure(Sum? s) => s switch
    {
        null => new WaveFigure(0, null),
        { Kind: QuestionKind.Scale } => new WaveFigure(s.Answers, (decimal)s.Total / s.Answers),
        { Kind: QuestionKind.YesNo } => new WaveFigure(s.Answers, s.Total * 100m / s.Answers),
        _ => new WaveFigure(s.Answers, null),
    };

    private sealed class Sum(QuestionKind kind)
    {
        public QuestionKind Kind { get; } = kind;

        public int Answers { get; set; }

        public long Total { get; set; }
    }
}
