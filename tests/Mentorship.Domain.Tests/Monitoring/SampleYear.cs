using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring;

/// <summary>A small school year of organisation A (two pairs, a group, a plan, questionnaires, a roadmap, practices, coverage) and an empty organisation B.</summary>
internal static class SampleYear
{
    public static readonly Organization A = new(OrgA, "МБОУ ДО ЦДТ", "Муниципальное бюджетное образовательное учреждение дополнительного образования Центр детского творчества", OrganizationKind.AdditionalEducation, "Иловлинский муниципальный район");
    public static readonly Organization B = new(OrgB, "МБОУ СШ № 2", "Муниципальное бюджетное общеобразовательное учреждение средняя школа № 2", OrganizationKind.School, "Иловлинский муниципальный район");
    public static readonly DateInterval Period = new(D(2026, 5, 1), D(2026, 12, 31));

    public static readonly ProgrammeFact P1 = Pair("P1", "T1", "S1", D(2025, 9, 1), D(2026, 5, 29), ProgrammeClosure.CompletedDone,
        plan: [new PlanItemFact("1", D(2026, 5, 15), D(2026, 5, 14)), new PlanItemFact("2", D(2026, 5, 28))]);

    public static readonly ProgrammeFact P2 = Pair("P2", "T2", "S2", D(2026, 9, 1), form: MentorshipForm.Virtual,
        replacements: [new MentorReplacementFact(D(2026, 11, 2), E("T3"))]);

    public static readonly ProgrammeFact G1 = Group("G1", "T1", ["S3", "S4"], D(2026, 9, 1));

    public static readonly RoadmapItemFact Order = new(OrgA, "2.4", "2026:2.4/1", "Приказ о закреплении наставнических пар/групп", D(2026, 8, 1), D(2026, 8, 31), D(2026, 8, 28));
    public static readonly RoadmapItemFact Analytical = new(OrgA, "3.2", "2026:3.2/1", "Аналитическая справка", D(2026, 9, 1), D(2026, 9, 30));
    public static readonly RoadmapItemFact Report = new(OrgA, "3.1", "2026:3.1/1", "Справка по итогам анализа", D(2026, 5, 4), D(2026, 12, 30), D(2026, 12, 25));

    public static MonitoringFacts Facts()
    {
        var b = new MonitoringFactsBuilder()
            .Add(Staff("S1", youngThrough: D(2029, 1, 1))).Add(Staff("S2", youngThrough: D(2029, 1, 1))).Add(Staff("S3", youngThrough: D(2029, 1, 1)))
            .Add(Staff("S4")).Add(Staff("T1")).Add(Staff("T2")).Add(Staff("T3")).Add(Staff("T4"))
            .Add(new MenteeBankFact(E("S2"), OrgA, 2026, D(2026, 5, 20), D(2027, 8, 31)))
            .Add(new MenteeBankFact(E("S5"), OrgA, 2026, D(2026, 5, 20), D(2027, 8, 31)))
            .Add(new MentorBankFact(E("T4"), OrgA, 2026, D(2026, 5, 20), D(2027, 8, 31), 2))
            .Add(P1).Add(P2).Add(G1)
            .Add(Order).Add(Analytical).Add(Report)
            .Add(new AchievementFact(E("S3"), D(2026, 11, 20), AchievementKind.OpenLesson, "Открытое занятие «Ритм»"));
        b.Add(Response("E1", P1, "S1", RespondentRole.Mentee, SurveyWave.Entry, D(2025, 9, 10), ("x", 5), ("y", 6)));
        b.Add(Response("F1", P1, "S1", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 25), ("x", 9), ("y", 8)));
        b.Add(Response("F2", P1, "T1", RespondentRole.Mentor, SurveyWave.Final, D(2026, 5, 25), ("x", 7)));
        return b.Build();
    }

    public static PracticeCollection Practices()
    {
        var collection = PracticeCollection.Open(OrgA);
        collection.Propose(new PracticeProposal("c1", "Кейс «Первое родительское собрание»", PracticeKind.Case, E("S1")), P1, D(2026, 5, 20));
        collection.Propose(new PracticeProposal("c2", "Приём «Разбор занятия за 10 минут»", PracticeKind.Method, E("T1")), P1, D(2026, 5, 21));
        collection.HoldFinalEvent(D(2026, 5, 29), "Итоговая педагогическая мастерская", ["c1"]);
        return collection;
    }

    public static InformationSupportLog Coverage()
    {
        var log = InformationSupportLog.Open(OrgA);
        log.Record(Order, CoverageChannel.Website, D(2026, 8, 29), "https://cdt.example/news/42");
        log.Record(Order, CoverageChannel.SocialNetwork, D(2026, 8, 29), "https://vk.example/cdt/1");
        return log;
    }
}
