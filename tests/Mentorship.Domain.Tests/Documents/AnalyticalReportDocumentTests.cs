using Mentorship.Domain.Documents;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.Tests.Monitoring;

namespace Mentorship.Domain.Tests.Documents;

public class AnalyticalReportDocumentTests
{
    private static AnalyticalReport Sample() => AnalyticalReport.Build(
        SampleYear.Facts(), "Иловлинский муниципальный район", [SampleYear.A, SampleYear.B], SampleYear.Period,
        [SampleYear.Practices()], [SampleYear.Coverage()], FactBuilders.Instruments);

    [Fact]
    public void Render_Markdown_ComparesOrganisationsWithATotalRow()
    {
        var text = AnalyticalReportDocument.Render(Sample()).Markdown;

        text.Should().StartWith("# Аналитическая справка по итогам мониторинга внедрения и реализации целевой модели наставничества педагогических работников\n");
        text.Should().Contain("**Иловлинский муниципальный район**").And.Contain("Организаций: 2.");
        text.Should().Contain("| МБОУ ДО ЦДТ | 2 | 1 | 3 | 4 | 2 | 1 |").And.Contain("| МБОУ СШ № 2 | 0 | 0 | 0 | 0 | 0 | 0 |").And.Contain("| Итого | 2 | 1 | 3 | 4 | 2 | 1 |");
        text.Should().Contain("| Организация | K1 | K2 | K4 | K5 | K9 | K10 | K12 | K13 | K14 |").And.Contain("| Организация | K3 | K8 | K11 |");
        text.Should().Contain("| МБОУ СШ № 2 | нет данных | нет данных |");
        text.Should().Contain("| МБОУ ДО ЦДТ | Кейс «Первое родительское собрание» | кейс | S1 |");
        text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Should().HaveCount(9);
    }

    [Fact]
    public void Render_MunicipalityWithoutOrganisations_StillRenders()
    {
        var report = AnalyticalReport.Build(MonitoringFacts.Empty, "Район", [], SampleYear.Period);

        var text = AnalyticalReportDocument.Render(report).PlainText;

        text.Should().Contain("Организаций: 0.").And.Contain("нет данных");
    }
}
