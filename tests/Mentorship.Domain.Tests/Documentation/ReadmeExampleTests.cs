using Mentorship.Domain.Tests.TestHelpers;
using Mentorship.Domain.Banks;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Tests.Documentation;

/// <summary>
/// The README's "In code" example, compiled and run here so that it cannot rot; a second test checks that the
/// README shows exactly the lines between the markers.
/// </summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Example_PlaysAYearForOnePair_AndK2CountsIt()
    {
        // README:start
        var school = OrganizationId.From("school-7");
        var consent = PersonalDataConsent.Given(new LocalDate(2026, 4, 10));
        var intake = new LocalDate(2026, 5, 20);

        // Banks: every rule is checked at once; a refused application changes nothing.
        var mentees = MenteeBank.Open(school, 2026);
        var mentors = MentorBank.Open(school, 2026);
        mentees.Admit(new MenteeApplication(
            new Educator(EducatorId.From("S1"), school, new PersonalData("Павлова Дарья", new LocalDate(2001, 3, 14)),
                "учитель математики", new LocalDate(2025, 9, 1), QualificationCategory.None, ["math"]),
            consent, [TopicCode.From("adaptation"), TopicCode.From("lesson-planning")], [MentoringReason.YoungSpecialist]), intake);
        mentors.Admit(new MentorApplication(
            new Educator(EducatorId.From("T1"), school, new PersonalData("Чуракова Татьяна", new LocalDate(1968, 2, 3)),
                "учитель математики", new LocalDate(1990, 9, 1), QualificationCategory.Highest, ["math"]),
            consent, [new CompetencyClaim(TopicCode.From("adaptation"), 3), new CompetencyClaim(TopicCode.From("lesson-planning"), 2)]), intake);

        // Matching: optimal, each pair with its score explained.
        var result = MatchingProblem.FromBanks(mentees, mentors).Solve();

        // Pairing: proposal, written consents (Labour Code art. 351.8), the fixing order, the start.
        var schoolYear = new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31));
        var register = PairingRegister.Open(school, 2026, RussianProductionCalendar.Default);
        register.SetMentorCapacities(mentors, new LocalDate(2026, 8, 17));
        var unit = register.Propose(PairProposal.FromMatching(result, schoolYear).Single(), new LocalDate(2026, 8, 17)).Unit;
        register.RecordMentorAgreement(unit.Id, new MentoringConsent(new LocalDate(2026, 8, 24), "наставничество над молодым специалистом",
            schoolYear, MentorshipForm.Individual, new PayTerms(3000m, "доплата по приказу"), "ДС-1"));
        register.RecordMenteeConsent(unit.Id, EducatorId.From("S1"), new MenteeConsent(new LocalDate(2026, 8, 25)));
        var order = register.IssueFixingOrder(new OrderReference("45-од", new LocalDate(2026, 8, 28)), [unit.Id]);
        register.Activate(unit.Id, schoolYear.Start);

        // Monitoring: indicators K1–K14 as of the period's last day, each with what it counted.
        var facts = new MonitoringFactsBuilder().Add(mentees).Add(mentors).Add(register).Build();
        var k2 = IndicatorCalculator.Compute(facts, MonitoringScope.ForOrganization(school), schoolYear).Get(IndicatorCode.K2);
        // README:end

        var pair = result.Assignments.Should().ContainSingle().Subject;
        (pair.Mentor.Value, pair.Mentee.Value).Should().Be(("T1", "S1"));
        pair.Breakdown.Covered.Select(c => c.Topic.Value).Should().Equal("adaptation", "lesson-planning");
        order.IsAccepted.Should().BeTrue();
        register.Units.Single().Status.Should().Be(MentoringUnitStatus.Active);
        (k2.Numerator, k2.Denominator).Should().Be((1L, 1L));
        k2.Counted.Should().Equal("S1");
    }

    [Fact]
    public void Readme_ShowsTheExampleAsCompiledHere()
    {
        var source = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "tests", "Mentorship.Domain.Tests", "Documentation", "ReadmeExampleTests.cs"));
        var start = Array.FindIndex(source, l => l.Trim() == "// README:start");
        var end = Array.FindIndex(source, l => l.Trim() == "// README:end");
        var example = string.Join("\n", source[(start + 1)..end].Select(l => l.Length >= 8 ? l[8..] : l.Trim()));

        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n").Should().Contain(example);
    }
}
