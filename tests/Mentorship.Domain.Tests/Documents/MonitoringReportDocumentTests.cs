using Mentorship.Domain.Documents;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.Tests.Monitoring;

namespace Mentorship.Domain.Tests.Documents;

public class MonitoringReportDocumentTests
{
    private static MonitoringReport Sample() =>
        MonitoringReport.Build(SampleYear.Facts(), SampleYear.A, SampleYear.Period, SampleYear.Practices(), SampleYear.Coverage(), FactBuilders.Instruments);

    private static string Section(string text, int number)
    {
        var start = text.IndexOf($"## {number}. ", StringComparison.Ordinal);
        var end = text.IndexOf($"## {number + 1}. ", StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [Fact]
    public void Render_Markdown_FollowsTheStructureOfTheDomainGuide()
    {
        var text = MonitoringReportDocument.Render(Sample()).Markdown;

        text.Should().StartWith("# Справка по итогам внутреннего мониторинга реализации программ наставничества педагогических работников\n");
        text.Should().Contain("Период мониторинга: с\u00a001.05.2026 по\u00a031.12.2026. Данные на 31.12.2026.");
        var headings = text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToArray();
        headings.Should().Equal(
            "## 1. Локальные акты организации",
            "## 2. Цель и период мониторинга",
            "## 3. Наставнические пары и группы",
            "## 4. Показатели эффективности",
            "## 5. Исполнение дорожной карты",
            "## 6. Результаты анкетирования: входное и итоговое",
            "## 7. Лучшие практики и методическая копилка",
            "## 8. Информационное сопровождение (п. 4.1 дорожной карты)",
            "## 9. Материалы для SWOT-анализа",
            "## 10. Выводы и корректировки на следующий год");
    }

    [Fact]
    public void Render_Markdown_ShowsCountsIndicatorsRoadmapQuestionnairesPracticesAndCoverage()
    {
        var text = MonitoringReportDocument.Render(Sample(), id => id.Value == "S1" ? "Павлова Д. О." : null).Markdown;

        Section(text, 3).Should().Contain("| Традиционная (индивидуальная, «один на один») | 1 | 0 |").And.Contain("| Итого | 2 | 1 |").And.Contain("Наставников: 3; наставляемых: 4.");
        Section(text, 4).Should().Contain("| K1 | Охват молодых педагогов наставничеством | 3 из 3 | 100,0 % | ≥ 70 % | достигнуто |")
            .And.Contain("| K3 | Успешно завершённые программы | 1 из 1 | 100,0 % | — | — |")
            .And.Contain("| K6.coordinator | Удовлетворённость участников: куратор | 0 оценок | нет данных | — | — |")
            .And.Contain("| K7.mentee | Динамика оценок: наставляемые | 2 пары оценок | +3,0 | — | — |");
        Section(text, 5).Should().Contain("выполнены в срок: 2 из 3 (66,7 %)").And.Contain("| 3.2 | Аналитическая справка | 01.09.2026 – 30.09.2026 | просрочено |");
        Section(text, 6).Should().Contain("| Вопрос X | 5,0 (n=1) | 9,0 (n=1) | +4,0 |").And.Contain("### Наставники");
        Section(text, 7).Should().Contain("| Кейс «Первое родительское собрание» | кейс | Павлова Д. О. | P1 | 29.05.2026 |").And.Contain("Предложено практик: 2");
        Section(text, 8).Should().Contain("Освещено на сайте и в социальных сетях: 1 из 2 мероприятий.").And.Contain("| 3.1 | Справка по итогам анализа | — | сайт организации, социальные сети |");
        Section(text, 9).Should().Contain("### Слабые стороны").And.Contain("- Просрочены пункты дорожной карты: 1.")
            .And.Contain("- Достигнуто целевое значение K1 (≥ 70 %): 100,0 %.");
        Section(text, 10).Should().Contain("Заполняет куратор");
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    [InlineData(160)]
    public void Render_PlainText_KeepsToTheWidthWithUnderlinedHeadings(int width)
    {
        var text = MonitoringReportDocument.Render(Sample(), width: width).PlainText;

        text.Should().StartWith("СПРАВКА ПО ИТОГАМ ВНУТРЕННЕГО МОНИТОРИНГА");
        text.Should().Contain("4. Показатели эффективности\n" + new string('-', "4. Показатели эффективности".Length) + "\n");
        text.Should().NotContain("| K1 |").And.NotContain("## ");
        text.Split('\n').Should().OnlyContain(line => line.Length <= width);
        text.Should().Contain("K1").And.Contain("Охват").And.Contain("достигнуто");
    }

    [Fact]
    public void Render_PlainTextNarrow_PrintsWideTablesAsRecords()
    {
        var narrow = MonitoringReportDocument.Render(Sample(), width: 60).PlainText;
        var wide = MonitoringReportDocument.Render(Sample(), width: 200).PlainText;

        narrow.Should().Contain("Код: K1\n").And.Contain("  Значение: 100,0 %\n");
        wide.Should().Contain("| K1  | Охват молодых педагогов наставничеством").And.Contain("| K6.coordinator | Удовлетворённость участников: куратор");
    }

    [Fact]
    public void Render_WidthBelowTheMinimum_Throws()
    {
        var render = () => MonitoringReportDocument.Render(Sample(), width: 59);

        render.Should().Throw<ArgumentOutOfRangeException>("the width is checked when the document is made, not when it is read");
    }

    [Fact]
    public void Render_EmptyOrganisation_SaysSoAndGivesNoData()
    {
        var report = MonitoringReport.Build(SampleYear.Facts(), SampleYear.B, SampleYear.Period);

        foreach (var format in new[] { ReportTextFormat.Markdown, ReportTextFormat.PlainText })
        {
            var text = MonitoringReportDocument.Render(report).Text(format);

            text.Should().Contain("В периоде в организации не было наставнических пар и групп");
            text.Should().Contain("Наставнических пар и групп в периоде не было.");
            text.Should().Contain("Анкетирование участников в периоде не проводилось.");
            text.Should().Contain("Мероприятий дорожной карты в периоде не было.");
            text.Should().Contain("нет данных");
            text.Should().NotContain("NaN").And.NotContain("∞");
        }
    }

    [Fact]
    public void Text_UnknownFormat_Throws()
    {
        var document = MonitoringReportDocument.Render(Sample());

        document.Invoking(d => d.Text((ReportTextFormat)9)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Render_BothTexts_SayTheSameAndTheTitleNamesTheOrganisationAndPeriodOnly()
    {
        var document = MonitoringReportDocument.Render(Sample(), id => id.Value == "S1" ? "Павлова Д. О." : null);

        document.Title.Should().Be($"Справка по итогам внутреннего мониторинга: {Sample().Organization.ShortName}, с\u00a001.05.2026 по\u00a031.12.2026");
        document.ToString().Should().Be(document.Title).And.NotContain("Павлова");
        document.Text(ReportTextFormat.Markdown).Should().BeSameAs(document.Markdown);
        document.Text(ReportTextFormat.PlainText).Should().BeSameAs(document.PlainText);
        foreach (var phrase in new[] { "Павлова Д. О.", "Показатели эффективности", "Выводы и корректировки на следующий год" })
        {
            document.Markdown.Should().Contain(phrase);
            document.PlainText.Should().Contain(phrase);
        }
    }

    [Fact]
    public void Render_WithoutNames_ShowsIdentifiersOnly()
    {
        var text = MonitoringReportDocument.Render(Sample()).Markdown;

        text.Should().Contain("| S1 | P1 |");
    }
}
