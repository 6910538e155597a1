using Mentorship.Domain.Banks;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.SampleData.Year;

/// <summary>The pairing part of the demo year: dates, signatories, agreements, a diagnosis, the mentor who comes in November.</summary>
public static class PairingDemoData
{
    public static DateInterval SchoolYear { get; } = new(new LocalDate(DemoData.Year, 9, 1), new LocalDate(DemoData.Year + 1, 5, 31));

    public static LocalDate ProposedOn { get; } = new(DemoData.Year, 8, 17);

    public static LocalDate AgreementsSignedOn { get; } = new(DemoData.Year, 8, 24);

    public static LocalDate ConsentsSignedOn { get; } = new(DemoData.Year, 8, 25);

    public static LocalDate LateConsentOn { get; } = new(DemoData.Year, 8, 27);

    public static OrderReference FixingOrder { get; } = new("45-од", new LocalDate(DemoData.Year, 8, 28));

    /// <summary>The notice of the early end of T07's pair: Friday 30 October, before the 4 November holiday.</summary>
    public static LocalDate EarlyEndNoticeOn { get; } = new(DemoData.Year, 10, 30);

    /// <summary>The notice of the mentor replacement in S07's pair: Monday 11 January of the next year.</summary>
    public static LocalDate ReplacementNoticeOn { get; } = new(DemoData.Year + 1, 1, 11);

    /// <summary>The fictional head and the coordinator (the deputy head of the seed's roadmap).</summary>
    public static OrderSignatures Signatures { get; } =
        new(new Signatory("Директор", "Н.А. Смирнова"), new Signatory("заместитель директора по УВР", "Т.В. Чуракова"));

    /// <summary>The art. 351.8 agreement of a mentor for a unit: content, period, form and pay.</summary>
    public static MentoringConsent Agreement(MentoringUnit unit, int number, LocalDate? signedOn = null, LocalDate? from = null) => new(
        signedOn ?? AgreementsSignedOn,
        unit.IsGroup ? "наставническая деятельность в групповой форме по персонализированной программе" : "наставническая деятельность по персонализированной программе наставничества",
        new DateInterval(from ?? unit.Period.Start, unit.Period.End),
        unit.Form,
        new PayTerms(unit.IsGroup ? 4500m : 3000m, "ежемесячная доплата к должностному окладу"),
        $"ДС-{number}");

    /// <summary>The programme of the pair of S03 (choreography): diagnosis, goal, tasks, results, reporting.</summary>
    public static ProgramDraft Draft(MentoringUnit unit, IReadOnlyList<PlanItem> meetings) => new(
        unit.Mentees.Select(m => new MenteeDiagnosis(
            m,
            ["выстраивание общения с родителями воспитанников", "удержание дисциплины на занятии в младшей группе"],
            ["хорошая исполнительская подготовка", "увлечённость, контакт с детьми"],
            "научиться проводить родительские собрания и работать с трудным поведением на занятии")).ToArray(),
        "Профессиональная адаптация молодого педагога-хореографа и развитие навыков работы с родителями и детским коллективом",
        ["освоить формы работы с родителями (собрание, открытое занятие, индивидуальная беседа)", "освоить приёмы управления поведением в группе", "подготовить и провести открытое занятие для родителей"],
        meetings,
        ["проведены родительское собрание и открытое занятие", "снизилось число конфликтных ситуаций на занятиях", "наставляемый уверенно выстраивает общение с родителями"],
        ["отчёт наставника о реализации программы", "портфолио наставляемого (план собрания, конспект открытого занятия)", "итоговое анкетирование"]);

    /// <summary>
    /// A new hire who comes in October, outside the intake window, by the coordinator's decision, and joins the running
    /// adaptation group of T01 by an order changing its composition.
    /// </summary>
    public static MenteeApplication NewHire { get; } = new(
        new Educator(
            EducatorId.From("S12"),
            DemoData.OrganizationId,
            new PersonalData("Соловьёва Ксения Игоревна", new LocalDate(2003, 7, 21)),
            "педагог дополнительного образования",
            new LocalDate(DemoData.Year, 10, 1),
            QualificationCategory.None,
            ["art"]),
        PersonalDataConsent.Given(new LocalDate(DemoData.Year, 10, 1)),
        [TopicCode.From("adaptation")],
        [MentoringReason.NewHire],
        []);

    public static IntakeOverride NewHireOverride { get; } = new(new LocalDate(DemoData.Year, 10, 5), "приём на работу в октябре; молодой специалист", "T01");

    /// <summary>The new hire's consent to join the group, signed before the order.</summary>
    public static MenteeConsent NewHireConsent { get; } = new(new LocalDate(DemoData.Year, 10, 7));

    /// <summary>The order changing the composition of T01's group: Thursday 8 October; the new hire joins on Monday 12 October.</summary>
    public static OrderReference JoinOrder { get; } = new("98-од", new LocalDate(DemoData.Year, 10, 8));

    public static LocalDate JoinsOn { get; } = new(DemoData.Year, 10, 12);

    /// <summary>A mentor who joins in November, outside the intake window, by the coordinator's decision: covers exam preparation.</summary>
    public static MentorApplication NewMentor { get; } = new(
        new Educator(
            EducatorId.From("T09"),
            DemoData.OrganizationId,
            new PersonalData("Белова Ирина Геннадьевна", new LocalDate(1976, 2, 3)),
            "педагог дополнительного образования",
            new LocalDate(1999, 9, 1),
            QualificationCategory.Highest,
            ["music"]),
        PersonalDataConsent.Given(new LocalDate(DemoData.Year, 11, 6)),
        [new CompetencyClaim(TopicCode.From("exam-prep"), 3), new CompetencyClaim(TopicCode.From("gifted"), 2)],
        1);

    public static IntakeOverride NewMentorOverride { get; } = new(new LocalDate(DemoData.Year, 11, 9), "приём на работу в ноябре; запрос наставляемого без наставника", "T01");
}
