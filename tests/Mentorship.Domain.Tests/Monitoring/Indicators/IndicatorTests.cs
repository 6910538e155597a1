using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;
using static Mentorship.Domain.Tests.Monitoring.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>Every indicator on a small scenario computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class IndicatorTests
{
    private const ProgrammeClosure Done = ProgrammeClosure.CompletedDone;
    private const ProgrammeClosure NotDone = ProgrammeClosure.CompletedNotDone;
    private const ProgrammeClosure Early = ProgrammeClosure.EndedEarly;
    private static readonly NodaTime.LocalDate Young = D(2030, 1, 1);

    [Fact]
    public void K1_YoungTeachersInActiveOrCompletedProgrammes_CountedAgainstYoungStaffOnTheLastDay()
    {
        var b = Builder()
            .Add(Staff("Y1", youngThrough: Young)).Add(Pair("P1", "T1", "Y1", D(2026, 9, 1)))                         // active: counted
            .Add(Staff("Y2", youngThrough: Young)).Add(Pair("P2", "T1", "Y2", D(2025, 9, 1), D(2026, 5, 31), NotDone)) // completed: counted
            .Add(Staff("Y3", youngThrough: Young)).Add(Pair("P3", "T2", "Y3", D(2025, 9, 1), D(2026, 3, 1), Early))    // ended early: not
            .Add(Staff("Y4", youngThrough: Young))                                                                     // no programme: not
            .Add(Staff("Y5", through: D(2026, 6, 30), youngThrough: Young)).Add(Pair("P5", "T2", "Y5", D(2026, 1, 10))) // left: not in the denominator
            .Add(Staff("O1", youngThrough: D(2020, 1, 1))).Add(Pair("P6", "T2", "O1", D(2026, 1, 10)))                 // not young: not in the denominator
            .Add(Staff("Y6", youngThrough: Young)).Add(Pair("P7", "T3", "Y6", D(2027, 1, 10)));                         // starts later: not

        var k1 = Compute(b).Get(IndicatorCode.K1);

        // 2 of Y1, Y2, Y3, Y4, Y6 = 40 %, below the federal 70 %.
        k1.Numerator.Should().Be(2);
        k1.Denominator.Should().Be(5);
        k1.Value.Number.Should().Be(40m);
        k1.Counted.Should().Equal("Y1", "Y2");
        k1.Target.Should().BeSameAs(IndicatorTarget.FederalYoungTeacherCoverage);
        k1.TargetStatus.Should().Be(TargetStatus.Missed);
    }

    [Fact]
    public void K1_ExactlySeventyPercent_MeetsTheFederalTarget()
    {
        var b = Builder();
        for (var i = 0; i < 10; i++)
        {
            b.Add(Staff($"Y{i}", youngThrough: Young));
            if (i < 7)
            {
                b.Add(Pair($"P{i}", "T1", $"Y{i}", D(2026, 9, 1)));
            }
        }

        var k1 = Compute(b).Get(IndicatorCode.K1);

        k1.Value.Number.Should().Be(70m);
        k1.TargetStatus.Should().Be(TargetStatus.Met);
    }

    [Fact]
    public void K1_NoYoungTeachers_IsNoDataAndNotAssessed()
    {
        var k1 = Compute(Builder().Add(Staff("O1", youngThrough: D(2020, 1, 1)))).Get(IndicatorCode.K1);

        k1.Denominator.Should().Be(0);
        k1.Value.HasData.Should().BeFalse();
        k1.Value.IsT1.Should().BeTrue("the named case NoData, not zero");
        k1.TargetStatus.Should().Be(TargetStatus.NotAssessed);
        k1.Counted.Should().BeEmpty();
    }

    [Fact]
    public void K2_MenteesInTheBankOnTheLastDay_CountedWhenTheyGotAMentor()
    {
        var inForce = D(2027, 8, 31);
        var b = Builder()
            .Add(new MenteeBankFact(E("M1"), OrgA, 2026, D(2026, 5, 20), inForce)).Add(Pair("P1", "T1", "M1", D(2026, 9, 1)))                         // paired: counted
            .Add(new MenteeBankFact(E("M2"), OrgA, 2026, D(2026, 5, 20), inForce))                                                                   // waiting: not
            .Add(new MenteeBankFact(E("M3"), OrgA, 2026, D(2026, 5, 20), inForce)).Add(Pair("P3", "T1", "M3", D(2025, 9, 1), D(2026, 3, 1), Done))   // closed before entry: not
            .Add(new MenteeBankFact(E("M4"), OrgA, 2025, D(2025, 5, 20), D(2026, 8, 31)))                                                            // out of force: not in the denominator
            .Add(new MenteeBankFact(E("M5"), OrgA, 2026, D(2026, 5, 20), inForce)).Add(Pair("P5", "T2", "M5", D(2027, 2, 1)))                         // starts later: not
            .Add(new MenteeBankFact(E("M6"), OrgA, 2025, D(2025, 5, 1), D(2026, 8, 31)))
            .Add(new MenteeBankFact(E("M6"), OrgA, 2026, D(2026, 5, 10), inForce)).Add(Pair("P6", "T2", "M6", D(2025, 9, 1), D(2026, 6, 30), Done)) // last year's pair ended: not
            .Add(new MenteeBankFact(E("M7"), OrgA, 2026, D(2026, 5, 20), inForce)).Add(Pair("P7", "T3", "M7", D(2025, 9, 1)));                        // still running: counted

        var k2 = Compute(b).Get(IndicatorCode.K2);

        // 2 of M1, M2, M3, M5, M6, M7 = 33.33 %.
        k2.Numerator.Should().Be(2);
        k2.Denominator.Should().Be(6);
        decimal.Round(k2.Value.Number, 2).Should().Be(33.33m);
        k2.Counted.Should().Equal("M1", "M7");
        k2.TargetStatus.Should().Be(TargetStatus.NoTarget);
    }

    [Fact]
    public void K3_ProgrammesClosedInThePeriod_CountedWhenDone()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2025, 9, 1), D(2026, 5, 31), Done))
            .Add(Pair("P2", "T1", "M2", D(2025, 9, 1), D(2026, 5, 31), NotDone))
            .Add(Pair("P3", "T2", "M3", D(2025, 9, 1), D(2026, 2, 15), Early))
            .Add(Pair("P4", "T2", "M4", D(2025, 1, 1), D(2025, 12, 31), Done)) // closed before the period
            .Add(Pair("P5", "T3", "M5", D(2026, 9, 1)));                       // open

        var k3 = Compute(b).Get(IndicatorCode.K3);

        // 1 of P1, P2, P3 = 33.33 %.
        k3.Numerator.Should().Be(1);
        k3.Denominator.Should().Be(3);
        decimal.Round(k3.Value.Number, 2).Should().Be(33.33m);
        k3.Counted.Should().Equal("P1");
    }

    [Fact]
    public void K4_PlanItemsDueInThePeriod_CountedWhenDoneByTheLastDay()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2025, 9, 1), plan:
            [
                new PlanItemFact("i1", D(2026, 3, 1), D(2026, 3, 1)),
                new PlanItemFact("i2", D(2026, 4, 1), D(2026, 5, 10)),   // late but done: counted
                new PlanItemFact("i3", D(2026, 6, 1)),                   // not done
                new PlanItemFact("i4", D(2027, 1, 15)),                  // due later: outside
                new PlanItemFact("i5", D(2025, 12, 20), D(2025, 12, 20)), // due earlier: outside
                new PlanItemFact("i6", D(2026, 12, 1), D(2027, 1, 5)),   // done after the last day: not
            ]))
            .Add(Pair("P2", "T2", "M2", D(2025, 9, 1), D(2026, 4, 30), Early, plan:
            [
                new PlanItemFact("j1", D(2026, 4, 15), D(2026, 4, 15)),
                new PlanItemFact("j2", D(2026, 5, 15)),                  // after the early end: outside
            ]));

        var k4 = Compute(b).Get(IndicatorCode.K4);

        // 3 of i1, i2, i3, i6, j1 = 60 %.
        k4.Numerator.Should().Be(3);
        k4.Denominator.Should().Be(5);
        k4.Value.Number.Should().Be(60m);
        k4.Counted.Should().Equal("P1/i1", "P1/i2", "P2/j1");
    }

    [Fact]
    public void K5_ProgrammesActiveInThePeriod_CountedWhenEndedEarlyOrReplacedInIt()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2025, 9, 1)))
            .Add(Pair("P2", "T1", "M2", D(2025, 9, 1), D(2026, 2, 10), Early))
            .Add(Pair("P3", "T2", "M3", D(2025, 9, 1), replacements: [new MentorReplacementFact(D(2026, 3, 1), E("T9"))]))
            .Add(Pair("P4", "T2", "M4", D(2025, 9, 1), replacements: [new MentorReplacementFact(D(2025, 11, 1), E("T8"))])) // replaced before
            .Add(Pair("P5", "T3", "M5", D(2025, 1, 1), D(2025, 12, 31), Done))                                                // not active in 2026
            .Add(Pair("P6", "T3", "M6", D(2026, 2, 1), D(2027, 2, 1), Early));                                                // ends early later

        var k5 = Compute(b).Get(IndicatorCode.K5);

        // 2 of P1, P2, P3, P4, P6 = 40 %.
        k5.Numerator.Should().Be(2);
        k5.Denominator.Should().Be(5);
        k5.Value.Number.Should().Be(40m);
        k5.Counted.Should().Equal("P2", "P3");
    }

    [Fact]
    public void K6_FinalWaveScoresOfThePeriod_AveragedPerRole()
    {
        var p1 = Pair("P1", "T1", "M1", D(2025, 9, 1));
        var p2 = Pair("P2", "T2", "M2", D(2025, 9, 1));
        var b = Builder().Add(p1).Add(p2)
            .Add(Response("R1", p1, "M1", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 25), ("x", 8), ("y", 6)))
            .Add(Response("R2", p2, "M2", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 26), ("x", 10)))
            .Add(Response("R3", p1, "T1", RespondentRole.Mentor, SurveyWave.Final, D(2026, 5, 25), ("x", 7), ("y", 9), ("z", 9)))
            .Add(Response("R4", p1, "M1", RespondentRole.Mentee, SurveyWave.Entry, D(2025, 9, 10), ("x", 1)))   // entry: ignored
            .Add(Response("R5", p2, "M2", RespondentRole.Mentee, SurveyWave.Final, D(2025, 12, 20), ("x", 1))); // before the period

        var set = Compute(b);

        // Mentees: (8 + 6 + 10) / 3 = 8; mentors: (7 + 9 + 9) / 3 = 8.33; no coordinator answered.
        var mentee = set.Get(IndicatorCode.K6, RespondentRole.Mentee);
        mentee.Numerator.Should().Be(24);
        mentee.Denominator.Should().Be(3);
        mentee.Value.Number.Should().Be(8m);
        mentee.Counted.Should().Equal("R1", "R2");
        mentee.Id.Should().Be("K6.mentee");
        var mentor = set.Get(IndicatorCode.K6, RespondentRole.Mentor);
        (mentor.Numerator, mentor.Denominator).Should().Be((25L, 3L));
        decimal.Round(mentor.Value.Number, 2).Should().Be(8.33m);
        set.Get(IndicatorCode.K6, RespondentRole.Coordinator).Value.HasData.Should().BeFalse();
    }

    [Fact]
    public void K7_FinalAgainstTheLatestEntryOfTheSamePersonAndItems_MeanChangePerRole()
    {
        var p1 = Pair("P1", "T1", "M1", D(2025, 9, 1));
        var p2 = Pair("P2", "T2", "M2", D(2025, 9, 1));
        var b = Builder().Add(p1).Add(p2)
            .Add(Response("E1", p1, "M1", RespondentRole.Mentee, SurveyWave.Entry, D(2025, 9, 10), ("x", 5), ("y", 4), ("z", 7)))
            .Add(Response("F1", p1, "M1", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 25), ("x", 8), ("y", 6)))  // x +3, y +2; z unanswered
            .Add(Response("F2", p2, "M2", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 25), ("x", 9)))            // no entry: not matched
            .Add(Response("E3", p1, "T1", RespondentRole.Mentor, SurveyWave.Entry, D(2025, 9, 10), ("x", 6)))
            .Add(Response("E4", p1, "T1", RespondentRole.Mentor, SurveyWave.Entry, D(2025, 10, 1), ("x", 7)))            // the latest entry wins
            .Add(Response("F3", p1, "T1", RespondentRole.Mentor, SurveyWave.Final, D(2026, 5, 25), ("x", 9), ("y", 9))); // x +2; y has no entry

        var set = Compute(b);

        var mentee = set.Get(IndicatorCode.K7, RespondentRole.Mentee);
        (mentee.Numerator, mentee.Denominator).Should().Be((5L, 2L));
        mentee.Value.Number.Should().Be(2.5m);
        mentee.Counted.Should().Equal("F1");
        var mentor = set.Get(IndicatorCode.K7, RespondentRole.Mentor);
        (mentor.Numerator, mentor.Denominator).Should().Be((2L, 1L));
        mentor.Value.Number.Should().Be(2m);
        mentor.Counted.Should().Equal("F3");
        set.Get(IndicatorCode.K7, RespondentRole.Coordinator).Value.HasData.Should().BeFalse();
    }

    [Fact]
    public void K8_MenteesWhoseFirstProgrammeTurnedOneInThePeriod_CountedWhenStillEmployedAnywhere()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2025, 3, 1))).Add(Staff("M1", D(2024, 9, 1)))
            .Add(Pair("P2", "T1", "M2", D(2025, 6, 1))).Add(Staff("M2", D(2024, 9, 1), D(2026, 2, 28))).Add(Staff("M2", D(2026, 4, 1), org: OrgB)) // moved school: counted
            .Add(Pair("P3", "T2", "M3", D(2025, 9, 1))).Add(Staff("M3", D(2024, 9, 1), D(2026, 8, 31)))                                           // left: not
            .Add(Pair("P4", "T2", "M4", D(2024, 9, 1), D(2025, 5, 31), Done)).Add(Pair("P4b", "T3", "M4", D(2025, 9, 1))).Add(Staff("M4"))         // first start 2024: outside
            .Add(Pair("P5", "T3", "M5", D(2026, 3, 1))).Add(Staff("M5"));                                                                           // anniversary in 2027: outside

        var k8 = Compute(b).Get(IndicatorCode.K8);

        // 2 of M1, M2, M3 = 66.67 %.
        k8.Numerator.Should().Be(2);
        k8.Denominator.Should().Be(3);
        k8.Counted.Should().Equal("M1", "M2");
        decimal.Round(k8.Value.Number, 2).Should().Be(66.67m);
    }

    [Fact]
    public void K9_MenteesPerMentorOnTheLastDay_FlagsMentorsOverCapacity()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2026, 9, 1)))
            .Add(Pair("P2", "T1", "M2", D(2026, 9, 1)))
            .Add(Pair("P3", "T1", "M3", D(2026, 9, 1), form: MentorshipForm.Virtual))                // T1: 3 individual mentees > default 2
            .Add(Group("P4", "T2", ["M4", "M5", "M6"], D(2026, 9, 1)))                                // a group does not load the capacity
            .Add(Pair("P5", "T4", "M7", D(2026, 9, 1), replacements: [new MentorReplacementFact(D(2026, 10, 1), E("T3"))]))
            .Add(Pair("P6", "T3", "M8", D(2026, 9, 1), org: OrgB))                                    // T3 also leads in B: 2 > capacity 1
            .Add(new MentorBankFact(E("T3"), OrgA, 2026, D(2026, 5, 1), D(2027, 8, 31), 1))
            .Add(Pair("P7", "T5", "M9", D(2025, 9, 1), D(2026, 6, 30), Done));                        // closed: not active

        var k9 = Compute(b).Get(IndicatorCode.K9);

        // 7 mentees (M1–M7) / 3 mentors (T1, T2, T3) = 2.33.
        k9.Numerator.Should().Be(7);
        k9.Denominator.Should().Be(3);
        decimal.Round(k9.Value.Number, 2).Should().Be(2.33m);
        k9.Kind.Should().Be(IndicatorKind.Ratio);
        k9.Counted.Should().Equal("M1", "M2", "M3", "M4", "M5", "M6", "M7");
        k9.Flagged.Should().Equal("T1", "T3");
    }

    [Fact]
    public void K10_StaffOnTheLastDay_CountedWhenMenteeOrLeadingMentorInThePeriod()
    {
        var b = Builder()
            .Add(Staff("A1")).Add(Pair("P1", "T9", "A1", D(2026, 2, 1)))                                                              // mentee
            .Add(Staff("A2")).Add(Pair("P2", "A2", "M2", D(2025, 9, 1), D(2026, 1, 20), Done))                                        // mentor in January
            .Add(Staff("A3"))                                                                                                          // not involved
            .Add(Staff("A4")).Add(Pair("P4", "A4", "M4", D(2025, 9, 1), replacements: [new MentorReplacementFact(D(2025, 12, 1), E("T8"))])) // replaced before the period
            .Add(Staff("A5", through: D(2026, 6, 30))).Add(Pair("P5", "T7", "A5", D(2026, 2, 1)))                                     // left: not in the denominator
            .Add(Staff("A6")).Add(Pair("P6", "A6", "M6", D(2026, 2, 1), org: OrgB));                                                   // mentor in another organisation

        var k10 = Compute(b).Get(IndicatorCode.K10);

        // 3 of A1, A2, A3, A4, A6 = 60 %.
        k10.Numerator.Should().Be(3);
        k10.Denominator.Should().Be(5);
        k10.Value.Number.Should().Be(60m);
        k10.Counted.Should().Equal("A1", "A2", "A6");
    }

    [Fact]
    public void K11_MenteesOfThePeriod_CountedWithAnAchievementInItAfterTheirStart()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2026, 2, 1))).Add(new AchievementFact(E("M1"), D(2026, 5, 10), AchievementKind.Contest))
            .Add(Pair("P2", "T1", "M2", D(2026, 9, 1))).Add(new AchievementFact(E("M2"), D(2026, 6, 1), AchievementKind.Publication)) // before the start
            .Add(Pair("P3", "T2", "M3", D(2025, 9, 1)))
            .Add(new AchievementFact(E("M3"), D(2025, 12, 1), AchievementKind.NewCategory))                                            // before the period
            .Add(new AchievementFact(E("M3"), D(2026, 3, 3), AchievementKind.OpenLesson))
            .Add(Pair("P4", "T2", "M4", D(2026, 1, 15)));

        var k11 = Compute(b).Get(IndicatorCode.K11);

        // 2 of M1, M2, M3, M4 = 50 %.
        k11.Numerator.Should().Be(2);
        k11.Denominator.Should().Be(4);
        k11.Value.Number.Should().Be(50m);
        k11.Counted.Should().Equal("M1", "M3");
    }

    [Fact]
    public void K12_ActivitiesWithItemsDueInThePeriod_CountedWhenEveryItemWasDoneOnTime()
    {
        var b = Builder()
            .Add(new RoadmapItemFact(OrgA, "2.1", "2026:2.1/1", "База наставляемых", D(2026, 4, 1), D(2026, 9, 30), D(2026, 9, 20)))
            .Add(new RoadmapItemFact(OrgA, "3.1", "2026:3.1/1", "Справка", D(2026, 5, 1), D(2026, 12, 31), D(2026, 12, 20)))
            .Add(new RoadmapItemFact(OrgA, "3.1", "2026:3.1/2", "Итоговое мероприятие", D(2026, 4, 1), D(2026, 4, 30), D(2026, 5, 5))) // late
            .Add(new RoadmapItemFact(OrgA, "3.2", "2026:3.2/1", "Аналитическая справка", D(2026, 9, 1), D(2026, 9, 30)))               // not done
            .Add(new RoadmapItemFact(OrgA, "4.1", "2026:4.1/1", "Освещение", D(2026, 9, 1), D(2027, 5, 31)))                           // due later
            .Add(new RoadmapItemFact(OrgA, "1.1", "2025:1.1/1", "Положение", D(2025, 4, 1), D(2025, 8, 31), D(2025, 8, 1)));           // due earlier

        var k12 = Compute(b).Get(IndicatorCode.K12);

        // 1 of 2.1, 3.1, 3.2 = 33.33 %.
        k12.Numerator.Should().Be(1);
        k12.Denominator.Should().Be(3);
        k12.Counted.Should().Equal("org-a/2.1");
    }

    [Fact]
    public void Compute_Municipality_SumsItsOrganisations()
    {
        var b = Builder()
            .Add(Staff("Y1", youngThrough: Young)).Add(Pair("P1", "T1", "Y1", D(2026, 9, 1)))
            .Add(Staff("Y2", youngThrough: Young))
            .Add(Staff("Y3", youngThrough: Young, org: OrgB)).Add(Pair("P3", "T3", "Y3", D(2026, 9, 1), org: OrgB));
        var scope = MonitoringScope.ForMunicipality("Иловлинский муниципальный район", [OrgB, OrgA]);

        var set = IndicatorCalculator.Compute(b.Build(), scope, Year2026);

        // A: 1 of 2; B: 1 of 1; municipality: 2 of 3 = 66.67 %, below 70 %.
        var k1 = set.Get(IndicatorCode.K1);
        (k1.Numerator, k1.Denominator).Should().Be((2L, 3L));
        k1.TargetStatus.Should().Be(TargetStatus.Missed);
        set.Parts.Select(p => p.Scope.Organizations[0]).Should().Equal(OrgA, OrgB);
        set.Parts[1].Get(IndicatorCode.K1).TargetStatus.Should().Be(TargetStatus.Met);
        k1.Counted.Should().Equal("Y1", "Y3");
    }

    [Fact]
    public void Compute_OrganisationWithoutFacts_GivesNoDataEverywhere()
    {
        var set = IndicatorCalculator.Compute(MonitoringFacts.Empty, MonitoringScope.ForOrganization(OrgA), Year2026);

        set.Results.Should().HaveCount(16);
        set.Results.Should().OnlyContain(r => !r.Value.HasData && r.Denominator == 0 && r.Numerator == 0);
        set.Results.Select(r => r.Id).Should().Equal(
            "K1", "K2", "K3", "K4", "K5", "K6.mentee", "K6.mentor", "K6.coordinator", "K7.mentee", "K7.mentor", "K7.coordinator", "K8", "K9", "K10", "K11", "K12");
    }

    [Fact]
    public void Get_PerRoleIndicatorWithoutRole_Throws()
    {
        var set = IndicatorCalculator.Compute(MonitoringFacts.Empty, MonitoringScope.ForOrganization(OrgA), Year2026);

        set.Invoking(s => s.Get(IndicatorCode.K6)).Should().Throw<ArgumentException>();
        set.Find("K6.mentor")!.Role.Should().Be(RespondentRole.Mentor);
    }

    [Fact]
    public void Compute_PolicyTargets_AreJudgedExactly()
    {
        var policy = MonitoringPolicy.Default
            .WithTarget(IndicatorCode.K5, IndicatorTarget.AtMost(10m))
            .WithTarget(IndicatorCode.K6, IndicatorTarget.AtLeast(8m))
            .WithoutTarget(IndicatorCode.K1);
        var p1 = Pair("P1", "T1", "M1", D(2025, 9, 1), D(2026, 2, 1), Early);
        var p2 = Pair("P2", "T1", "M2", D(2025, 9, 1));
        var b = Builder().Add(p1).Add(p2)
            .Add(Response("R1", p2, "M2", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 1), ("x", 8)));

        var set = Compute(b, policy);

        set.Get(IndicatorCode.K1).TargetStatus.Should().Be(TargetStatus.NoTarget);
        set.Get(IndicatorCode.K5).TargetStatus.Should().Be(TargetStatus.Missed);  // 50 % > 10 %
        set.Get(IndicatorCode.K6, RespondentRole.Mentee).TargetStatus.Should().Be(TargetStatus.Met);       // 8 ≥ 8
        set.Get(IndicatorCode.K6, RespondentRole.Mentor).TargetStatus.Should().Be(TargetStatus.NotAssessed);
    }
}
