using Mentorship.Domain.Banks;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;
using Mentorship.SampleData;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Tests.Persistence;

/// <summary>Aggregates with every part filled in, including the rarely used ones, for the round trips.</summary>
internal static class Samples
{
    private static readonly LocalDate InWindow = new(2026, 5, 20);

    /// <summary>A staff list with a young teacher who has achievements, someone who left, and someone never young.</summary>
    public static StaffList StaffList() => new(
    [
        new StaffRecord("S1", "учитель математики", new LocalDate(2025, 8, 28), null, new LocalDate(2025, 9, 1), new LocalDate(2028, 8, 31),
            [new AchievementRecord(new LocalDate(2026, 3, 1), AchievementKind.Contest, "Педагогический дебют"), new AchievementRecord(new LocalDate(2026, 4, 2), AchievementKind.OpenLesson, null)]),
        new StaffRecord("S2", "учитель русского языка", new LocalDate(2020, 8, 25), new LocalDate(2026, 6, 30), new LocalDate(2020, 9, 1), null, []),
        new StaffRecord("T1", "учитель физики", new LocalDate(1995, 8, 30), null, null, null, []),
    ]);

    public static MenteeBank MenteeBank(OrganizationId org)
    {
        var catalog = RequestTopicCatalog.Standard.WithTopic(TopicCode.From("robotics"), "робототехника");
        var bank = Domain.Banks.MenteeBank.Open(org, 2026, new IntakeWindow(new AnnualDate(3, 15), new AnnualDate(10, 15)), catalog);
        Accept(bank.Admit(
            new MenteeApplication(
                Person(org, "S1", "Первая Анна Сергеевна", postAppointment: new PostAppointment(new LocalDate(2026, 2, 1), true)),
                PersonalDataConsent.Given(new LocalDate(2026, 4, 1)),
                [TopicCode.From("robotics"), TopicCode.From("digital"), TopicCode.From("parents")],
                [MentoringReason.NewPost, MentoringReason.DigitalSkills],
                [EducatorId.From("T9")]),
            InWindow).IsAccepted);
        Accept(bank.Admit(
            new MenteeApplication(Person(org, "S2", "Вторая Ольга"), PersonalDataConsent.Given(new LocalDate(2026, 10, 20)), [TopicCode.From("burnout")], [MentoringReason.Burnout]),
            new LocalDate(2026, 11, 2),
            new IntakeOverride(new LocalDate(2026, 11, 2), "новый сотрудник после окна приёма", "zam-uvr")).IsAccepted);
        Accept(bank.Admit(new MenteeApplication(Person(org, "S3", "Третья Ирина"), PersonalDataConsent.Given(new LocalDate(2026, 4, 2)), [TopicCode.From("exam-prep")], [MentoringReason.YoungSpecialist]), InWindow).IsAccepted);
        Accept(bank.Admit(new MenteeApplication(Person(org, "S4", "Четвёртая Вера"), PersonalDataConsent.Given(new LocalDate(2026, 4, 2)), [TopicCode.From("gifted")], [MentoringReason.Other]), InWindow).IsAccepted);
        Accept(bank.WithdrawConsent(EducatorId.From("S3"), new LocalDate(2026, 6, 1)).IsAccepted);
        Accept(bank.Remove(EducatorId.From("S4"), new LocalDate(2026, 6, 2), RemovalReason.LeftOrganization).IsAccepted);
        bank.DequeueEvents();
        return bank;
    }

    public static MentorBank MentorBank(OrganizationId org)
    {
        var bank = Domain.Banks.MentorBank.Open(org, 2026, new MentorPolicy(2, 3));
        Accept(bank.Admit(
            new MentorApplication(
                Person(org, "T1", "Наставникова Галина", 1970, 1992, QualificationCategory.Highest),
                PersonalDataConsent.Given(new LocalDate(2026, 4, 1)),
                [new CompetencyClaim(TopicCode.From("digital"), 3), new CompetencyClaim(TopicCode.From("parents"), 1)],
                2,
                new MentorQuestionnaire("34 года стажа", "Учитель года", ["вторник после 15:00", "четверг"], "передать опыт"),
                new MentoringConsent(new LocalDate(2026, 8, 25), "наставничество молодого учителя", new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31)), MentorshipForm.Group, new PayTerms(3500.50m, "доплата"), "ДС-7")),
            InWindow).IsAccepted);
        Accept(bank.Admit(new MentorApplication(Person(org, "T2", "Опытный Пётр", 1980, 2004), PersonalDataConsent.Given(new LocalDate(2026, 4, 1)), [new CompetencyClaim(TopicCode.From("attestation"), 2)]), InWindow).IsAccepted);
        Accept(bank.Admit(new MentorApplication(Person(org, "T3", "Уходящая Нина", 1960, 1982), PersonalDataConsent.Given(new LocalDate(2026, 4, 1)), [new CompetencyClaim(TopicCode.From("digital"), 1)]), InWindow).IsAccepted);
        Accept(bank.RecordTraining(EducatorId.From("T1"), new TrainingSession(new LocalDate(2026, 6, 3), "Школа наставника", 8)).IsAccepted);
        Accept(bank.WithdrawConsent(EducatorId.From("T3"), new LocalDate(2026, 7, 1)).IsAccepted);
        bank.DequeueEvents();
        return bank;
    }

    /// <summary>The seed's roadmap (from the samples' shared data) with work recorded done.</summary>
    public static YearRoadmap Roadmap()
    {
        var roadmap = new YearRoadmap(RoadmapTableImporter.Import(SeedRoadmap.Text).Roadmap, RoadmapProgress.Empty);
        roadmap.RecordDone("3.1/2", new LocalDate(2026, 4, 28));
        roadmap.RecordDone("2.1/1", new LocalDate(2026, 9, 30));
        return roadmap;
    }

    /// <summary>
/// A register with a pair and a group fixed by an order, the group's composition changed by two more, a group
/// collecting consents, a capacity set by hand, and a virtual pair proposed with a mentor of another organisation.
/// </summary>
    public static PairingRegister PairingRegister(OrganizationId org)
    {
        var register = Domain.Pairing.PairingRegister.Open(org, 2026, HostCalendar.Instance, new PairingPolicy(defaultCapacity: 3));
        var period = new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31));
        Accept(register.SetMentorCapacity(EducatorId.From("T1"), 4, InWindow).IsAccepted);
        var pair = register.Propose(PairProposal.Pair(EducatorId.From("T1"), EducatorId.From("S1"), period), InWindow);
        var group = register.Propose(PairProposal.Group(EducatorId.From("T2"), [EducatorId.From("S2"), EducatorId.From("S3")], period), InWindow);
        Accept(pair.IsProposed && group.IsProposed);
        var signed = new LocalDate(2026, 8, 25);
        Accept(register.RecordMentorAgreement(pair.Unit.Id, new MentoringConsent(signed, "наставничество", period, MentorshipForm.Individual, new PayTerms(2500m, "доплата"), "ДС-1")).IsAccepted);
        Accept(register.RecordMenteeConsent(pair.Unit.Id, EducatorId.From("S1"), new MenteeConsent(signed, "заявление № 5")).IsAccepted);
        Accept(register.RecordMenteeConsent(group.Unit.Id, EducatorId.From("S2"), new MenteeConsent(signed)).IsAccepted);
        var fixedGroup = register.Propose(PairProposal.Group(EducatorId.From("T3"), [EducatorId.From("S4"), EducatorId.From("S5"), EducatorId.From("S6")], period), InWindow);
        Accept(fixedGroup.IsProposed);
        Accept(register.RecordMentorAgreement(fixedGroup.Unit.Id, new MentoringConsent(signed, "наставничество", period, MentorshipForm.Group, new PayTerms(4500m, "доплата"), "ДС-2")).IsAccepted);
        foreach (var mentee in fixedGroup.Unit.Mentees)
        {
            Accept(register.RecordMenteeConsent(fixedGroup.Unit.Id, mentee, new MenteeConsent(signed)).IsAccepted);
        }

        Accept(register.IssueFixingOrder(new OrderReference("15-н", new LocalDate(2026, 8, 28)), [pair.Unit.Id, fixedGroup.Unit.Id]).IsAccepted);

        // The group's composition changes by orders; a mentor of a neighbouring school leads a virtual pair.
        Accept(register.AddMenteeToGroup(fixedGroup.Unit.Id, new MenteeJoinRequest(
            EducatorId.From("S7"), new LocalDate(2026, 10, 12), new MenteeConsent(new LocalDate(2026, 10, 7)), new OrderReference("30-н", new LocalDate(2026, 10, 8)))).IsAccepted);
        Accept(register.ReleaseMenteeFromGroup(fixedGroup.Unit.Id, new MenteeReleaseRequest(
            EducatorId.From("S4"), new LocalDate(2026, 11, 13), MenteeLeavingGrounds.JustifiedRequestOfMentee, new OrderReference("31-н", new LocalDate(2026, 11, 10)))).IsAccepted);
        Accept(register.RegisterExternalMentor(EducatorId.From("X1"), OrganizationId.From("neighbour-school"), 1, InWindow).IsAccepted);
        Accept(register.Propose(
            PairProposal.Pair(EducatorId.From("X1"), EducatorId.From("S8"), period, MentorshipForm.Virtual) with { MentorOrganizationId = OrganizationId.From("neighbour-school") }, InWindow).IsProposed);
        register.DequeueEvents();
        return register;
    }

    /// <summary>An approved programme of the sample register's fixed pair, one plan item done.</summary>
    public static ProgrammeBook ProgrammeBook(OrganizationId org)
    {
        var unit = PairingRegister(org).Units.First(u => u.Status == MentoringUnitStatus.Fixed);
        var plan = StandardMeetingSequence.Generate(unit.Period, HostCalendar.Instance).Value;
        var draft = new ProgramDraft(
            [new MenteeDiagnosis(unit.Mentees[0], ["планирование"], ["ИКТ"], "цифровые инструменты")],
            "Освоить цифровые инструменты", ["Разобрать сервисы"], plan, ["Открытый урок"], ["отчёт"]);
        var programme = PersonalizedProgram.Draft(unit, org, draft, new LocalDate(2026, 8, 29)).Value;
        Accept(programme.Approve(new LocalDate(2026, 8, 31)).IsAccepted);
        Accept(programme.MarkDone(1, plan[0].Date, "встреча прошла").IsAccepted);
        programme.DequeueEvents();
        return new ProgrammeBook([programme]);
    }

    /// <summary>Responses with every kind of answer.</summary>
    public static QuestionnaireBook QuestionnaireBook() => new(
    [
        new ResponseRecord("2026-001:mentee-entry:S1", "mentee-entry", "2026-001", "S1", new LocalDate(2026, 9, 2),
            [new AnswerRecord("effectiveness", QuestionKind.Scale, 8, null, null), new AnswerRecord("prior-mentoring", QuestionKind.YesNo, null, false, null), new AnswerRecord("expectations", QuestionKind.Open, null, null, "помощь с планированием")]),
        new ResponseRecord("2026-001:mentor-entry:T1", "mentor-entry", "2026-001", "T1", new LocalDate(2026, 9, 3), [new AnswerRecord("effectiveness", QuestionKind.Scale, 10, null, null)]),
    ]);

    private static Educator Person(
        OrganizationId org, string id, string name, int birthYear = 2000, int teachingSince = 2024,
        QualificationCategory category = QualificationCategory.None, PostAppointment? postAppointment = null) =>
        new(
            EducatorId.From(id),
            org,
            new PersonalData(name, new LocalDate(birthYear, 6, 15), $"{id.ToLowerInvariant()}@example.org", "+7 900 111-22-33"),
            "учитель",
            new LocalDate(teachingSince, 9, 1),
            category,
            ["математика", "информатика"],
            postAppointment);

    private static void Accept(bool accepted)
    {
        if (!accepted)
        {
            throw new InvalidOperationException("A sample command was refused.");
        }
    }
}
