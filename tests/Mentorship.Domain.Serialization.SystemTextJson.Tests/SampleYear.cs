using Mentorship.Domain.Banks;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Serialization.SystemTextJson.Tests;

/// <summary>One pair through its start (the README's example): banks, a register with an order and an active pair.</summary>
internal sealed class SampleYear
{
    public SampleYear()
    {
        var school = OrganizationId.From("school-7");
        var consent = PersonalDataConsent.Given(new LocalDate(2026, 4, 10));
        var intake = new LocalDate(2026, 5, 20);
        Mentees = MenteeBank.Open(school, 2026);
        Mentors = MentorBank.Open(school, 2026);
        Mentees.Admit(new MenteeApplication(
            new Educator(EducatorId.From("S1"), school, new PersonalData("Павлова Дарья", new LocalDate(2001, 3, 14)),
                "учитель математики", new LocalDate(2025, 9, 1), QualificationCategory.None, ["math"]),
            consent, [TopicCode.From("adaptation"), TopicCode.From("lesson-planning")], [MentoringReason.YoungSpecialist]), intake);
        Mentors.Admit(new MentorApplication(
            new Educator(EducatorId.From("T1"), school, new PersonalData("Чуракова Татьяна", new LocalDate(1968, 2, 3)),
                "учитель математики", new LocalDate(1990, 9, 1), QualificationCategory.Highest, ["math"]),
            consent, [new CompetencyClaim(TopicCode.From("adaptation"), 3), new CompetencyClaim(TopicCode.From("lesson-planning"), 2)]), intake);
        var result = MatchingProblem.FromBanks(Mentees, Mentors).Solve();
        var schoolYear = new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31));
        Register = PairingRegister.Open(school, 2026, RussianProductionCalendar.Default);
        Register.SetMentorCapacities(Mentors, new LocalDate(2026, 8, 17));
        var unit = Register.Propose(PairProposal.FromMatching(result, schoolYear).Single(), new LocalDate(2026, 8, 17)).Unit;
        Register.RecordMentorAgreement(unit.Id, new MentoringConsent(new LocalDate(2026, 8, 24), "наставничество над молодым специалистом",
            schoolYear, MentorshipForm.Individual, new PayTerms(3000m, "доплата по приказу"), "ДС-1"));
        Register.RecordMenteeConsent(unit.Id, EducatorId.From("S1"), new MenteeConsent(new LocalDate(2026, 8, 25)));
        Register.IssueFixingOrder(new OrderReference("45-од", new LocalDate(2026, 8, 28)), [unit.Id]);
        Register.Activate(unit.Id, schoolYear.Start);
    }

    public MenteeBank Mentees { get; }

    public MentorBank Mentors { get; }

    public PairingRegister Register { get; }
}
