using Mentorship.Domain.Common.Violations;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Monitoring.Reports;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>
/// Roadmap items 3.1–3.2: the school year's questionnaires, indicators K1–K12 and the internal monitoring report of
/// the institution, with the municipality's totals beside them.
/// </summary>
internal sealed class MonitoringStep : IDemoStep
{
    private static readonly System.Globalization.NumberFormatInfo Russian = new() { NumberDecimalSeparator = "," };

    public string Title => "3.1–3.2. Мониторинг: анкеты, показатели K1–K12, справка";

    /// <summary>The school year reported on.</summary>
    public DateInterval Span => Mentorship.SampleData.Year.DemoYear.SchoolYear;

    public void Run(DemoState state, IAnsiConsole console)
    {
        var demo = MonitoringDemoData.Build(state);
        ShowQuestionnaire(demo, console);
        var report = demo.InstitutionReport();
        var municipal = demo.MunicipalReport();
        ShowIndicators(report, municipal, console);
        console.WriteLine();
        console.Write(new Rule("[grey]Справка (текст для печати)[/]").LeftJustified());
        var width = Math.Clamp(console.Profile.Width, RenderedDocument.MinWidth, 110);
        console.Write(new Text(MonitoringReportDocument.Render(report, demo.NameOf, width).PlainText));
        console.MarkupLine("[grey]Аналитическая справка по району и формат JSON: dotnet run --project samples/Mentorship.ConsoleDemo -- report [[--format markdown|plain|json]][/]");
    }

    private static void ShowQuestionnaire(MonitoringDemo demo, IAnsiConsole console)
    {
        var form = RussianInstruments.Default.Find(RespondentRole.Mentee, SurveyWave.Final)!;
        var table = new Table().Title($"{form.Title}: {Markup.Escape(form.Instruction)}").AddColumns("Код", "Вид", "Вопрос");
        foreach (var item in form.Items)
        {
            table.AddRow(item.Code, item.Kind switch { QuestionKind.Scale => "1–10", QuestionKind.YesNo => "да/нет", _ => "текст" }, Markup.Escape(item.Text));
        }

        console.Write(table);
        var responses = demo.Facts.Responses.Where(r => demo.Facts.FindProgramme(r.ProgrammeId)!.OrganizationId == demo.Organizations[0].Id && demo.Period.Contains(r.AnsweredOn)).ToArray();
        console.MarkupLine(
            $"Анкет за учебный год: входных {responses.Count(r => r.Wave == SurveyWave.Entry)}, итоговых {responses.Count(r => r.Wave == SurveyWave.Final)} "
            + $"(наставляемые, наставники, куратор).");

        // A careless form is refused, every broken rule named; nothing is stored. The form checks its answers; the
        // respondent's place in the programme is the facts' check (RespondentRule), asked here as a host would.
        var programme = demo.Facts.Programmes.First(p => p.OrganizationId == demo.Organizations[0].Id && p.Start >= demo.Period.Start);
        var careless = QuestionnaireResponse.Create(
            "X1", form, programme.Id, programme.Mentor, demo.Period.End,
            [QuestionnaireAnswer.ForScale("comfort", 12), QuestionnaireAnswer.ForScale("salary", 5)]);
        var violations = careless.Rejection.Violations.ToList();
        if (RespondentRule.Check(form.Role, programme.Mentor, programme, "X1") is { } notInRole)
        {
            violations.Insert(0, notInRole);
        }

        var count = violations.Count;
        console.MarkupLine($"[grey]Анкета X1 отклонена ({RussianPlural.Count(count, "нарушение", "нарушения", "нарушений")}), например:[/]");
        foreach (var violation in violations.GroupBy(v => v.Code).Select(g => g.First()))
        {
            console.MarkupLine($"  [red]✗[/] {Markup.Escape(violation.Code)}: {Markup.Escape(violation.Message)}");
        }
    }

    private static void ShowIndicators(MonitoringReport report, AnalyticalReport municipal, IAnsiConsole console)
    {
        var table = new Table()
            .Title($"Показатели {Markup.Escape(report.Organization.ShortName)} за {report.Period.Start:dd.MM.yyyy}–{report.Period.End:dd.MM.yyyy} и по району")
            .AddColumns("Код", "Показатель", "Основание", "Значение", "Цель", "Район");
        foreach (var r in report.Indicators.Results)
        {
            var total = municipal.Indicators.Find(r.Id)!;
            var value = Value(r);
            var colour = r.TargetStatus switch { TargetStatus.Met => "green", TargetStatus.Missed => "red", _ => "default" };
            table.AddRow(
                r.Id,
                Markup.Escape(IndicatorCatalog.Describe(r.Code).Title),
                Markup.Escape(r.Kind == IndicatorKind.Share ? $"{r.Numerator} из {r.Denominator}" : $"{r.Numerator} / {r.Denominator}"),
                $"[{colour}]{Markup.Escape(value)}[/]",
                r.Target is { } t ? Markup.Escape(t.ToString()) : "",
                Markup.Escape(Value(total)));
        }

        console.Write(table);
        var k9 = report.Indicators.Get(IndicatorCode.K9);
        var k1 = report.Indicators.Get(IndicatorCode.K1);
        console.MarkupLine(
            $"K1 по ссылкам (drill-down): {Markup.Escape(string.Join(", ", k1.Counted))}; молодых педагогов без наставника: {k1.Denominator - k1.Numerator}; "
            + $"наставники сверх нагрузки: {(k9.Flagged.Count == 0 ? "нет" : Markup.Escape(string.Join(", ", k9.Flagged)))}.");
    }

    private static string Value(IndicatorResult r) => !r.Value.HasData
        ? "нет данных"
        : r.Kind == IndicatorKind.Share
            ? decimal.Round(r.Value.Number, 1).ToString("0.0", Russian) + " %"
            : decimal.Round(r.Value.Number, 2).ToString("0.##", Russian);
}
