using Mentorship.Domain.Documents;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.LocalActs;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Tests.Monitoring;
using Mentorship.Domain.Tests.Monitoring.Indicators;
using static Mentorship.Domain.Tests.Monitoring.FactBuilders;

namespace Mentorship.Domain.Tests.Documents;

/// <summary>What regional monitoring forms ask of the two reports: the local-acts checklist first, the counts on a date, K13/K14, sources, process and effect.</summary>
public class MonitoringReportFormsTests
{
    private static MonitoringFacts Facts() => Builder()
        .Add(Staff("S1", youngThrough: D(2029, 1, 1))).Add(Staff("T1"))
        .Add(Pair("P1", "T1", "S1", D(2026, 9, 1))).Add(MentorPayTests.Fixed("P1", "T1", 3000m))
        .Add(MentorPayTests.Fixed("P2", "T2", 0m, participants: ParticipantsForm.ManagerToEducator, orderDate: D(2026, 12, 1)))
        .Add(new MentorTrainingFact(E("T1"), OrgA, D(2026, 10, 5), "Курсы наставников", 36))
        .Build();

    private static LocalActRegister Acts()
    {
        var register = LocalActRegister.Open(OrgA);
        register.Register(new LocalActDraft(LocalActKind.Regulation, "12-од", D(2026, 5, 10), "Положение о системе наставничества", "https://school.example/nastavnichestvo/polozhenie.pdf")).IsAccepted.Should().BeTrue();
        return register;
    }

    [Fact]
    public void InternalReport_OpensWithTheChecklist_ShowsTheCountsOnTheLastDay_AndGroupsIndicatorsWithSources()
    {
        var report = MonitoringReport.Build(Facts(), SampleYear.A, Year2026, localActs: Acts());
        var text = MonitoringReportDocument.Render(report).Markdown;

        report.LocalActs.Select(c => c.Present).Should().Equal(false, true, false, true, false, false, false, false, false);
        report.LocalActs[3].Acts.Select(a => a.Requisites).Should().Equal("№ P2-од от 01.12.2026", "№ P1-од от 28.08.2026");
        var firstHeading = text.IndexOf("## ", StringComparison.Ordinal);
        text[firstHeading..].Should().StartWith("## 1. Локальные акты организации");
        text.Should().Contain("Локальные акты, действующие на 31.12.2026: 2 из 9.")
            .And.Contain("| 2 | Положение о системе наставничества | да | № 12-од от 10.05.2026, https://school.example/nastavnichestvo/polozhenie.pdf |")
            .And.Contain("| 4 | Приказ(ы) о закреплении наставнических пар (групп) | да | № P2-од от 01.12.2026; № P1-од от 28.08.2026 |")
            .And.Contain("| 1 | Приказ о создании (внедрении) системы наставничества | нет | — |");
        text.Should().Contain("### Закреплено приказами и действует на 31.12.2026")
            .And.Contain("| Педагог – педагог | 1 | 0 |").And.Contain("| Руководитель – педагог | 1 | 0 |").And.Contain("| Итого | 2 | 0 |")
            .And.Contain("Наставников, прошедших обучение в периоде (п. 2.3 дорожной карты): 1.")
            .And.Contain("Доплата действующим наставникам по соглашениям (ст. 351.8 ТК РФ), в месяц: 3\u00a0000\u00a0руб.");
        var process = text.IndexOf("### Процесс", StringComparison.Ordinal);
        var effect = text.IndexOf("### Результат (эффект)", StringComparison.Ordinal);
        process.Should().BePositive().And.BeLessThan(effect);
        text[process..effect].Should().Contain("| K13 | Доля наставников с доплатой | 1 из 1 | 100,0 % | — | — |")
            .And.Contain("| K14 | Доля обученных наставников | 1 из 1 | 100,0 % | — | — |").And.NotContain("| K3 |");
        text[effect..].Should().Contain("| K3 |").And.Contain("| K8 |");
        text.Should().Contain("### Источники определений показателей")
            .And.Contain("- K1 — Национальный проект «Образование»")
            .And.Contain("- K6, K7 — Методические рекомендации")
            .And.Contain("- K13 — Определение этой библиотеки")
            .And.Contain("K5 — чем ниже, тем лучше; K9 — сравнивается с допустимой нагрузкой.");
    }

    [Fact]
    public void InternalReport_ARegisterOfAnotherOrganisation_IsRefused()
    {
        var build = () => MonitoringReport.Build(Facts(), SampleYear.B, Year2026, localActs: Acts());

        build.Should().Throw<ArgumentException>().WithParameterName("localActs");
    }

    [Fact]
    public void MunicipalReport_SumsTheChecklistAndTheNewCounts_AndNeverHeadsATotalWithTheOrganisationLabel()
    {
        var report = AnalyticalReport.Build(Facts(), "Иловлинский муниципальный район", [SampleYear.A, SampleYear.B], Year2026, localActs: [Acts()]);
        var document = AnalyticalReportDocument.Render(report);

        document.Markdown.Should().Contain("| Положение о системе наставничества | да | нет | 1 из 2 |")
            .And.Contain("| Приказ о создании (внедрении) системы наставничества | нет | нет | 0 из 2 |")
            .And.Contain("| Организация | Пары (приказ) | Группы (приказ) | Обучено наставников | Доплата в месяц |")
            .And.Contain("| Итого | 2 | 0 | 1 | 3\u00a0000\u00a0руб. |")
            .And.Contain("| Организация | K1 | K2 | K4 | K5 | K9 | K10 | K12 | K13 | K14 |")
            .And.Contain("| Организация | K3 | K8 | K11 |");
        var narrow = AnalyticalReportDocument.Render(report, width: 60).PlainText;
        narrow.Should().NotContain("Организация: Итого").And.Contain("\nИтого\n");
    }
}
