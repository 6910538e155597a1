using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.People;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>
/// Indicators over groups whose composition changed (period: 2026; as of 31.12.2026; organisation A), computed by hand:
/// a mentee counts on their own days in the group, not on the group's.
/// </summary>
public class MembershipChangeIndicatorTests
{
    private static readonly LocalDate Young = D(2030, 1, 1);

    /// <summary>A group of organisation A that opened on <paramref name="start"/>; each mentee with their own first and last day.</summary>
    private static ProgrammeFact GroupOf(
        string id,
        string mentor,
        LocalDate start,
        (string Mentee, LocalDate? From, LocalDate? Through)[] mentees,
        LocalDate? closedOn = null,
        ProgrammeClosure? closure = null,
        MentorshipForm form = MentorshipForm.Group) =>
        new(
            id, OrgA, form, E(mentor), mentees.Select(m => E(m.Mentee)), start, start.PlusMonths(9), closedOn, closure,
            menteeSpans: mentees.Select(m => new MenteeSpanFact(E(m.Mentee), m.From ?? start, m.Through)));

    [Fact]
    public void K1_ReleasedBeforeTheDayOrJoiningAfterIt_IsNotCovered()
    {
        var b = Builder()
            .Add(Staff("Y1", youngThrough: Young)).Add(Staff("Y2", youngThrough: Young)).Add(Staff("Y3", youngThrough: Young))
            .Add(Staff("Y4", youngThrough: Young)).Add(Staff("Y5", youngThrough: Young))
            .Add(GroupOf("G1", "T1", D(2026, 1, 12), [
                ("Y1", null, null),                       // in the group on 31.12: counted
                ("Y2", null, D(2026, 6, 30)),             // released in June: not
                ("Y3", D(2027, 1, 11), null),             // joins in January: not
                ("Y4", null, D(2026, 10, 31)),            // moved to G2: counted there
            ]))
            .Add(GroupOf("G2", "T2", D(2026, 1, 12), [("Y5", null, null), ("Y4", D(2026, 11, 1), null)]));

        var k1 = Compute(b).Get(IndicatorCode.K1);

        (k1.Numerator, k1.Denominator).Should().Be((3L, 5L));
        k1.Counted.Should().Equal("Y1", "Y4", "Y5");
    }

    [Fact]
    public void K1_ReleasedFromAGroupCompletedLater_IsNotCoveredButWhoStayedIs()
    {
        var b = Builder()
            .Add(Staff("Y1", youngThrough: Young)).Add(Staff("Y2", youngThrough: Young))
            .Add(GroupOf("G1", "T1", D(2025, 9, 1), [("Y1", null, null), ("Y2", null, D(2026, 2, 27))], D(2026, 5, 29), ProgrammeClosure.CompletedDone));

        var k1 = Compute(b).Get(IndicatorCode.K1);

        // Y1 stayed to the completion: covered; Y2 left before it and is in nothing on 31.12.
        k1.Counted.Should().Equal("Y1");
        k1.Denominator.Should().Be(2);
    }

    [Fact]
    public void K2_BankMemberWhoJoinedARunningGroupAfterEntry_IsServedAndOneReleasedBeforeEntryIsNot()
    {
        var inForce = D(2027, 8, 31);
        var b = Builder()
            .Add(new MenteeBankFact(E("M1"), OrgA, 2026, D(2026, 5, 20), inForce))
            .Add(new MenteeBankFact(E("M2"), OrgA, 2026, D(2026, 5, 20), inForce))
            .Add(new MenteeBankFact(E("M3"), OrgA, 2026, D(2026, 5, 20), inForce))
            .Add(GroupOf("G1", "T1", D(2025, 9, 1), [
                ("M1", D(2026, 10, 1), null),             // joined after entering the bank: counted
                ("M2", null, D(2026, 4, 30)),             // left before entering: not
                ("M3", D(2027, 2, 1), null),              // joins after the day: not
                ("S1", null, null),
            ]));

        var k2 = Compute(b).Get(IndicatorCode.K2);

        (k2.Numerator, k2.Denominator).Should().Be((1L, 3L));
        k2.Counted.Should().Equal("M1");
    }

    [Fact]
    public void K3K5_MenteeReleasedFromAGroup_IsNeitherAClosureNorAnEarlyTermination()
    {
        var b = Builder()
            .Add(GroupOf("G1", "T1", D(2025, 9, 1), [("S1", null, null), ("S2", null, D(2026, 2, 27))], D(2026, 5, 29), ProgrammeClosure.CompletedDone))
            .Add(GroupOf("G2", "T2", D(2026, 1, 12), [("S3", null, null), ("S4", null, D(2026, 4, 30)), ("S5", D(2026, 3, 2), null)]));

        var set = Compute(b);

        var k3 = set.Get(IndicatorCode.K3);
        (k3.Numerator, k3.Denominator).Should().Be((1L, 1L));
        var k5 = set.Get(IndicatorCode.K5);
        (k5.Numerator, k5.Denominator).Should().Be((0L, 2L));
    }

    [Fact]
    public void K8_MenteeWhoJoinedLate_IsRetainedTwelveMonthsAfterTheirOwnFirstDay()
    {
        var b = Builder()
            .Add(Staff("R1")).Add(Staff("R2")).Add(Staff("R3", through: D(2026, 1, 31)))
            .Add(GroupOf("G1", "T1", D(2024, 9, 2), [
                ("R1", D(2025, 3, 16), null),             // anniversary 16.03.2026, employed: counted
                ("R2", null, null),                       // anniversary 02.09.2025: outside the period
                ("R3", null, D(2025, 2, 28)),             // moved to G2; first day 02.09.2024 counts: outside
            ]))
            .Add(GroupOf("G2", "T2", D(2024, 9, 2), [("S1", null, null), ("R3", D(2025, 3, 1), null)]));

        var k8 = Compute(b).Get(IndicatorCode.K8);

        (k8.Numerator, k8.Denominator).Should().Be((1L, 1L));
        k8.Counted.Should().Equal("R1");
    }

    [Fact]
    public void K8_MenteeMovedBetweenGroups_CountsFromTheFirstDayInEither()
    {
        var b = Builder()
            .Add(Staff("R1", through: D(2026, 2, 28)))
            .Add(GroupOf("G1", "T1", D(2024, 9, 2), [("S1", null, null), ("R1", D(2025, 1, 13), D(2025, 5, 30))]))
            .Add(GroupOf("G2", "T2", D(2024, 9, 2), [("S2", null, null), ("R1", D(2025, 6, 2), null)]));

        var k8 = Compute(b).Get(IndicatorCode.K8);

        // First day 13.01.2025: anniversary 13.01.2026, still employed then (left 28.02.2026).
        (k8.Numerator, k8.Denominator).Should().Be((1L, 1L));
    }

    [Fact]
    public void K9_OnlyMenteesInTheGroupOnTheDay_CountAndLoadTheMentor()
    {
        var b = Builder()
            .Add(GroupOf("P1", "T1", D(2026, 1, 12), [
                ("S1", null, null),
                ("S2", null, null),
                ("S3", null, D(2026, 10, 30)),            // released: not on 31.12
                ("S4", D(2027, 1, 11), null),             // joins later: not on 31.12
            ], form: MentorshipForm.Individual))
            .Add(GroupOf("G2", "T2", D(2026, 1, 12), [("S5", null, D(2026, 11, 30)), ("S6", D(2027, 1, 11), null)]));

        var k9 = Compute(b).Get(IndicatorCode.K9);

        // T1 leads S1, S2 on the day (2 = default capacity, not over it); T2's group has nobody that day.
        (k9.Numerator, k9.Denominator).Should().Be((2L, 1L));
        k9.Counted.Should().Equal("S1", "S2");
        k9.Flagged.Should().BeEmpty();
    }

    [Fact]
    public void K10_MenteeReleasedBeforeThePeriodOrJoiningAfterIt_IsNotInvolved()
    {
        var b = Builder()
            .Add(Staff("T1")).Add(Staff("W1")).Add(Staff("L1")).Add(Staff("J1"))
            .Add(GroupOf("G1", "T1", D(2025, 9, 1), [("W1", null, null), ("L1", null, D(2025, 12, 19)), ("J1", D(2027, 1, 11), null)]));

        var k10 = Compute(b).Get(IndicatorCode.K10);

        (k10.Numerator, k10.Denominator).Should().Be((2L, 4L));
        k10.Counted.Should().Equal("T1", "W1");
    }

    [Fact]
    public void K11_GrowthCountsFromTheMenteesOwnFirstDay()
    {
        var b = Builder()
            .Add(GroupOf("G1", "T1", D(2025, 9, 1), [("A1", D(2026, 6, 1), null), ("A2", null, null), ("L1", null, D(2025, 12, 19))]))
            .Add(new AchievementFact(E("A1"), D(2026, 3, 2), AchievementKind.Contest))      // before A1 joined: not
            .Add(new AchievementFact(E("A2"), D(2026, 3, 2), AchievementKind.Contest))      // counted
            .Add(new AchievementFact(E("L1"), D(2026, 3, 2), AchievementKind.Publication)); // L1 left before the period: not a mentee of it

        var k11 = Compute(b).Get(IndicatorCode.K11);

        (k11.Numerator, k11.Denominator).Should().Be((1L, 2L));
        k11.Counted.Should().Equal("A2");
    }

    [Fact]
    public void Census_Mentees_AreThoseInAGroupOnSomeDayOfThePeriod()
    {
        var facts = Builder()
            .Add(GroupOf("G1", "T1", D(2025, 9, 1), [("S1", null, null), ("L1", null, D(2025, 12, 19)), ("J1", D(2027, 1, 11), null), ("M1", null, D(2026, 4, 30))]))
            .Add(GroupOf("G2", "T2", D(2025, 9, 1), [("S2", null, null), ("M1", D(2026, 5, 4), null)]))
            .Build();
        var school = new Organization(OrgA, "Школа", "Школа № 1", OrganizationKind.School);

        var census = MonitoringReport.Build(facts, school, Year2026).Census;

        // S1, M1 (in both groups, once), S2; L1 left before 2026 and J1 joins after it.
        (census.Groups, census.Mentees).Should().Be((2, 3));
    }

    [Fact]
    public void Compute_FactWithoutSpans_CountsEveryMenteeForTheWholeProgramme()
    {
        var withSpans = GroupOf("G1", "T1", D(2025, 9, 1), [("Y1", null, null), ("Y2", null, null)]);
        var without = new ProgrammeFact("G1", OrgA, MentorshipForm.Group, E("T1"), [E("Y1"), E("Y2")], D(2025, 9, 1), D(2026, 6, 1));
        MonitoringFactsBuilder With(ProgrammeFact p) => Builder().Add(Staff("Y1", youngThrough: Young)).Add(Staff("Y2", youngThrough: Young)).Add(p);

        Compute(With(without)).Results.Select(r => (r.Id, r.Numerator, r.Denominator)).Should()
            .Equal(Compute(With(withSpans)).Results.Select(r => (r.Id, r.Numerator, r.Denominator)));
    }
}
