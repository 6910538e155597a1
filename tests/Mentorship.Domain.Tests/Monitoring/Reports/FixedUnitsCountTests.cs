using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.Monitoring.Indicators;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Monitoring.Reports;

/// <summary>Pairs and groups fixed by order and in force on the report's last day, by form by participants and by organisational form.</summary>
public class FixedUnitsCountTests
{
    [Fact]
    public void Census_FixedByOrder_CountsUnitsInForceOnTheLastDay()
    {
        var b = Builder()
            .Add(MentorPayTests.Fixed("U1", "T1", 0m))                                                             // in force
            .Add(MentorPayTests.Fixed("U2", "T2", 0m, participants: ParticipantsForm.ManagerToEducator))           // in force
            .Add(MentorPayTests.Fixed("U3", "T3", 0m, group: true))                                                // in force, a group
            .Add(MentorPayTests.Fixed("U4", "T4", 0m, through: D(2026, 12, 30)))                                   // ended the day before
            .Add(MentorPayTests.Fixed("U5", "T5", 0m, orderDate: D(2027, 1, 10)))                                  // ordered later
            .Add(MentorPayTests.Fixed("U6", "T6", 0m, through: D(2026, 12, 31), participants: ParticipantsForm.ManagerToEducator)) // the last day itself
            .Add(MentorPayTests.Fixed("B1", "T7", 0m, org: OrgB));                                                 // another organisation

        var census = MonitoringReport.Build(b.Build(), SampleYear.A, Year2026).Census;

        var f = census.FixedByOrder;
        (f.Pairs, f.Groups).Should().Be((3, 1));
        f.ByParticipants.Should().Equal(
            new ParticipantsFormCount(ParticipantsForm.EducatorToEducator, 1, 1),
            new ParticipantsFormCount(ParticipantsForm.ManagerToEducator, 2, 0));
        f.ByForm.Should().Equal(new FormCount(MentorshipForm.Individual, 3, 0), new FormCount(MentorshipForm.Group, 0, 1));
    }

    [Fact]
    public void AnalyticalReport_SumsTheFixedCountsTrainingAndPayAcrossOrganisations()
    {
        var b = Builder()
            .Add(Pair("A1", "T1", "S1", D(2026, 9, 1))).Add(MentorPayTests.Fixed("A1", "T1", 3000m))
            .Add(new MentorTrainingFact(E("T1"), OrgA, D(2026, 10, 1), "Курсы", 36))
            .Add(Pair("B1", "U1", "V1", D(2026, 9, 1), org: OrgB)).Add(MentorPayTests.Fixed("B1", "U1", 2000m, org: OrgB, participants: ParticipantsForm.ManagerToEducator))
            .Add(MentorPayTests.Fixed("B2", "U2", 0m, org: OrgB, group: true))
            .Add(new MentorTrainingFact(E("U1"), OrgB, D(2026, 11, 1), "Семинар", 4));

        var report = AnalyticalReport.Build(b.Build(), "Иловлинский муниципальный район", [SampleYear.A, SampleYear.B], Year2026);

        var c = report.Census;
        (c.FixedByOrder.Pairs, c.FixedByOrder.Groups, c.MentorsTrained, c.MonthlyPayTotal).Should().Be((2, 1, 2, 5000m));
        c.FixedByOrder.ByParticipants.Should().Equal(
            new ParticipantsFormCount(ParticipantsForm.EducatorToEducator, 1, 1),
            new ParticipantsFormCount(ParticipantsForm.ManagerToEducator, 1, 0));
        report.Organizations.Select(o => o.Census.MonthlyPayTotal).Should().Equal(3000m, 2000m);
    }

    [Fact]
    public void FixedUnitFact_FromARegister_ReadsTheOrderTheFormsAndThePay()
    {
        var register = Register();
        var running = Running(register, "T01", "S01");
        var waiting = Propose(register, "T02", "S02");
        Consent(register, waiting);
        Fix(register, waiting);
        var ended = Running(register, "T03", "S03");
        register.TerminateEarly(ended.Id, Termination(register, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 15))).IsAccepted.Should().BeTrue();
        Propose(register, "T04", "S04");

        var facts = new MonitoringFactsBuilder().Add(register).Build();

        facts.FixedUnits.Select(u => u.Id).Should().Equal(running.Id.Value, waiting.Id.Value, ended.Id.Value);
        var r = facts.FixedUnits[0];
        (r.Order.Date, r.InForceThrough, r.Participants, r.Form, r.IsGroup, r.Mentor.Value, r.MonthlyPay).Should()
            .Be((OrderDate, (LocalDate?)SchoolYear.End, ParticipantsForm.EducatorToEducator, MentorshipForm.Individual, false, "T01", (decimal?)3000m));
        facts.FixedUnits[1].IsInForceOn(OrderDate).Should().BeTrue("fixed, waiting for its first day");
        facts.FixedUnits[1].IsInForceOn(OrderDate.PlusDays(-1)).Should().BeFalse();
        facts.FixedUnits[2].InForceThrough.Should().Be(new LocalDate(2026, 12, 15));
        facts.Programmes.Should().HaveCount(2, "the waiting unit has not started");
    }

    [Fact]
    public void FixedUnitFact_RefusesALastDayBeforeTheOrderAndNegativePay()
    {
        var order = new OrderReference("1-од", D(2026, 8, 28));
        FluentActions.Invoking(() => new FixedUnitFact("U", OrgA, false, MentorshipForm.Individual, ParticipantsForm.EducatorToEducator, order, D(2026, 8, 26), E("T"), 0m))
            .Should().Throw<ArgumentException>().WithParameterName("inForceThrough");
        FluentActions.Invoking(() => new FixedUnitFact("U", OrgA, false, MentorshipForm.Individual, ParticipantsForm.EducatorToEducator, order, null, E("T"), -1m))
            .Should().Throw<ArgumentException>().WithParameterName("monthlyPay");
        new FixedUnitFact("U", OrgA, false, MentorshipForm.Individual, ParticipantsForm.EducatorToEducator, order, D(2026, 8, 27), E("T"), null)
            .IsInForceOn(D(2026, 8, 28)).Should().BeFalse("a last day on the order's eve means never in force");
        FluentActions.Invoking(() => new MonitoringFactsBuilder()
                .Add(new FixedUnitFact("U", OrgA, false, MentorshipForm.Individual, ParticipantsForm.EducatorToEducator, order, null, E("T"), 0m))
                .Add(new FixedUnitFact("U", OrgA, false, MentorshipForm.Individual, ParticipantsForm.EducatorToEducator, order, null, E("T"), 0m))
                .Build())
            .Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(0.0, false)]
    [InlineData(0.01, true)]
    [InlineData(3000.0, true)]
    public void FixedUnitFact_StatesPay_OnlyAboveZero(double? pay, bool states)
    {
        var order = new OrderReference("1-од", D(2026, 8, 28));

        var fact = new FixedUnitFact("U", OrgA, false, MentorshipForm.Individual, ParticipantsForm.EducatorToEducator, order, null, E("T"), (decimal?)pay);

        (fact.StatesPay, fact.MonthlyPay).Should().Be((states, (decimal?)pay));
    }
}
