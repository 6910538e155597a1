using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

public class PairingRuleTests
{
    [Fact]
    public void ParticipantsRule_NoMenteeRepeatedSelfAnonymisedAndStrayVariant_AreEachNamed()
    {
        ParticipantsRule.Check(Id("T1"), [], ParticipantsForm.EducatorToEducator, null, _ => false).Select(v => v.Code).Should().Equal(ParticipantsRule.NoMentee);
        ParticipantsRule.Check(Id("T1"), [Id("S1"), Id("S1")], ParticipantsForm.EducatorToEducator, null, _ => false).Select(v => v.Code).Should().Equal(ParticipantsRule.MenteeRepeated);
        ParticipantsRule.Check(Id("T1"), [Id("T1")], ParticipantsForm.EducatorToEducator, null, _ => false).Select(v => v.Code).Should().Equal(ParticipantsRule.MentorIsMentee);
        ParticipantsRule.Check(Id("T1"), [Id("S1")], ParticipantsForm.EducatorToEducator, null, id => id == Id("S1")).Select(v => v.Code).Should().Equal(ParticipantsRule.AnonymisedIdentifier);
        ParticipantsRule.Check(Id("T1"), [Id("S1")], ParticipantsForm.ManagerToEducator, EducatorPairVariant.InnovatorToConservative, _ => false)
            .Select(v => v.Code).Should().Equal(ParticipantsRule.VariantWithoutEducatorPair);
        ParticipantsRule.Check(Id("T1"), [Id("S1")], ParticipantsForm.EducatorToEducator, EducatorPairVariant.ExperiencedToYoungSpecialist, _ => false).Should().BeEmpty();
    }

    [Theory]
    [InlineData(MentorshipForm.Group, 1, GroupSizeRule.GroupTooSmall)]
    [InlineData(MentorshipForm.Team, 1, GroupSizeRule.GroupTooSmall)]
    [InlineData(MentorshipForm.Group, 11, GroupSizeRule.GroupTooLarge)]
    [InlineData(MentorshipForm.Individual, 2, GroupSizeRule.IndividualNeedsOneMentee)]
    [InlineData(MentorshipForm.Reverse, 2, GroupSizeRule.IndividualNeedsOneMentee)]
    [InlineData(MentorshipForm.Group, 2, null)]
    [InlineData(MentorshipForm.Group, 10, null)]
    [InlineData(MentorshipForm.Virtual, 1, null)]
    public void GroupSizeRule_MenteesForTheForm_AreChecked(MentorshipForm form, int mentees, string? code) =>
        GroupSizeRule.Check(form, mentees, PairingPolicy.Default)?.Code.Should().Be(code);

    [Theory]
    [InlineData("2026-09-01", "2026-11-30", true)]
    [InlineData("2026-09-01", "2026-11-29", false)]
    [InlineData("2026-09-01", "2027-08-31", true)]
    [InlineData("2026-09-01", "2027-09-01", false)]
    [InlineData("2026-01-31", "2026-04-30", true)]
    public void ProgramPeriodRule_ThreeToTwelveMonths_CountedOnTheDayAfterTheEnd(string start, string end, bool within)
    {
        var period = new DateInterval(LocalDate.FromDateTime(DateTime.Parse(start)), LocalDate.FromDateTime(DateTime.Parse(end)));

        ProgramPeriodRule.IsWithinRange(period).Should().Be(within);
        (ProgramPeriodRule.Check(period)?.Code).Should().Be(within ? null : ProgramPeriodRule.OutsideRange);
    }

    [Fact]
    public void MentorLoadRule_PeakAboveCapacity_IsNamedWithTheDay()
    {
        MentorLoadRule.Check(Id("T1"), 2, 2, Start).Should().BeNull();
        var violation = MentorLoadRule.Check(Id("T1"), 2, 3, Start)!;
        violation.Code.Should().Be(MentorLoadRule.OverCapacity);
        violation.Message.Should().Be("01.09.2026 наставник T1 занимал бы 3 места, а его число мест — 2.");
        violation.Argument("day")!.AsDate().Should().Be(Start);
    }

    [Fact]
    public void MenteeSingleUnitRule_OverlappingUnit_IsNamed()
    {
        MenteeSingleUnitRule.Check(Id("S1"), null).Should().BeNull();
        MenteeSingleUnitRule.Check(Id("S1"), MentoringUnitId.From("2026-001"))!.Code.Should().Be(MenteeSingleUnitRule.AlreadyInUnit);
    }

    [Fact]
    public void MenteeSingleUnitRule_InTheRegister_RefusesASecondUnitDuringTheFirst()
    {
        var register = Register();
        Propose(register, "T01", "S01");

        register.Propose(PairProposal.Pair(Id("T02"), Id("S01"), SchoolYear), ProposedOn).Rejection.Has(MenteeSingleUnitRule.AlreadyInUnit).Should().BeTrue();
    }

    [Fact]
    public void MentorAgreementRule_MissingUncoveredOtherFormOrLate_AreEachNamed()
    {
        MentorAgreementRule.Check(null, Id("T1"), SchoolYear, MentorshipForm.Individual).Select(v => v.Code).Should().Equal(MentorAgreementRule.Missing);
        MentorAgreementRule.Check(Agreement(new DateInterval(Start, new LocalDate(2027, 3, 31))), Id("T1"), SchoolYear, MentorshipForm.Individual)
            .Select(v => v.Code).Should().Equal(MentorAgreementRule.PeriodNotCovered);
        MentorAgreementRule.Check(Agreement(), Id("T1"), SchoolYear, MentorshipForm.Group).Select(v => v.Code).Should().Equal(MentorAgreementRule.FormDiffers);
        MentorAgreementRule.Check(Agreement(), Id("T1"), SchoolYear, MentorshipForm.Individual, SignedOn.PlusDays(-1)).Select(v => v.Code).Should().Equal(MentorAgreementRule.SignedTooLate);
        MentorAgreementRule.Check(Agreement(), Id("T1"), SchoolYear, MentorshipForm.Individual, SignedOn).Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(0, "без доплаты")]
    [InlineData(3000, " ")]
    public void MentorAgreementRule_NoPayStated_IsRefusedWhenRecorded(int roubles, string description)
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");
        var unpaid = new MentoringConsent(SignedOn, "наставничество", SchoolYear, MentorshipForm.Individual, new PayTerms(roubles, description), "ДС-1");

        register.RecordMentorAgreement(unit.Id, unpaid).Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(MentorAgreementRule.PayNotStated);
        unit.MentorAgreement.Should().BeNull();
    }

    [Fact]
    public void MenteeConsentRule_MissingAndLate_AreNamedPerMentee()
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01", "S02");
        register.RecordMenteeConsent(unit.Id, Id("S01"), MenteeConsent(OrderDate.PlusDays(2)));

        var violations = MenteeConsentRule.Check(unit, OrderDate);

        violations.Select(v => (v.Code, v.Subject)).Should().Equal((MenteeConsentRule.SignedTooLate, "S01"), (MenteeConsentRule.Missing, "S02"));
        MenteeConsentRule.CheckIsMentee(unit, Id("S03"))!.Code.Should().Be(MenteeConsentRule.NotAMentee);
    }

    [Fact]
    public void UnitStatusRule_StatusNotAllowed_IsNamedWithTheCode()
    {
        var unit = Propose(Register(), "T01", "S01");

        UnitStatusRule.Check(unit, UnitStatusRule.NotFixed, MentoringUnitStatus.Fixed)!.Code.Should().Be(UnitStatusRule.NotFixed);
        UnitStatusRule.Check(unit, UnitStatusRule.NotFixed, MentoringUnitStatus.Proposed).Should().BeNull();
        UnitStatusRule.Unknown(MentoringUnitId.From("x")).Code.Should().Be(UnitStatusRule.UnknownUnit);
    }

    [Fact]
    public void OrderRule_TakenNumberEmptyRepeatedOrEarlyDate_AreEachNamed()
    {
        var order = new OrderReference("45-од", OrderDate);
        var u = MentoringUnitId.From("2026-001");

        OrderRule.Check(order, true, [u]).Select(v => v.Code).Should().Equal(OrderRule.NumberTaken);
        OrderRule.Check(order, false, []).Select(v => v.Code).Should().Equal(OrderRule.NoUnits);
        OrderRule.Check(order, false, [u, u]).Select(v => v.Code).Should().Equal(OrderRule.UnitRepeated);
        var unit = Propose(Register(), "T01", "S01");
        OrderRule.CheckDate(new OrderReference("1", ProposedOn.PlusDays(-1)), unit)!.Code.Should().Be(OrderRule.DatedBeforeProposal);
        OrderRule.CheckDate(new OrderReference("1", ProposedOn), unit).Should().BeNull();
    }

    [Fact]
    public void NoticePeriodRule_ThreeWorkingDaysOverMayHolidays_EndsAfterThem()
    {
        // Notice on Thursday 30 April 2026: 1 May (Friday) and 9–11 May are off in 2026; 4, 5, 6 May are the working days.
        var calendar = RussianProductionCalendar.Default;
        var notice = new LocalDate(2026, 4, 30);

        NoticePeriodRule.EarliestLastDay(calendar, notice, 3).Should().Be(new LocalDate(2026, 5, 6));
        NoticePeriodRule.Check(calendar, notice, new LocalDate(2026, 5, 5), 3)!.Code.Should().Be(NoticePeriodRule.TooShort);
        NoticePeriodRule.Check(calendar, notice, new LocalDate(2026, 5, 6), 3).Should().BeNull();
        NoticePeriodRule.CheckAfterOrder(OrderDate.PlusDays(-1), OrderDate)!.Code.Should().Be(NoticePeriodRule.BeforeOrder);
    }

    [Fact]
    public void NoticePeriodRule_FewerThanThreeDays_IsACallerMistake()
    {
        var act = () => NoticePeriodRule.EarliestLastDay(WeekdayCalendar.Instance, Start, 2);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void EarlyTerminationRule_NotEarlyBeforeLastChangeLateOrderOrReservedGrounds_AreEachNamed()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        EarlyTerminationRequest Request(LocalDate ends, LocalDate orderDate, EarlyTerminationGrounds grounds = EarlyTerminationGrounds.Other) =>
            new(OrderDate, TerminationInitiator.Mentor, grounds, ends, new OrderReference("9", orderDate));

        Codes(EarlyTerminationRule.Check(unit, Request(SchoolYear.End, OrderDate))).Should().Equal(EarlyTerminationRule.NotEarly);
        Codes(EarlyTerminationRule.Check(unit, Request(Start.PlusDays(-1), OrderDate))).Should().Equal(EarlyTerminationRule.BeforeLastChange);
        Codes(EarlyTerminationRule.Check(unit, Request(Start.PlusDays(5), Start.PlusDays(6)))).Should().Equal(EarlyTerminationRule.OrderAfterEnd);
        Codes(EarlyTerminationRule.Check(unit, Request(Start.PlusDays(5), OrderDate, EarlyTerminationGrounds.PersonalDataConsentWithdrawn)))
            .Should().Equal(EarlyTerminationRule.ReservedGrounds);
        EarlyTerminationRule.Check(unit, Request(Start.PlusDays(5), OrderDate)).Should().BeEmpty();
    }

    [Fact]
    public void ReplacementRule_SameMentorMenteeOutsideNotAfterOrLateOrder_AreEachNamed()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        MentorReplacementRequest Request(string mentor, LocalDate effective, LocalDate? orderDate = null) =>
            new(Id(mentor), ReplacementGrounds.MentorLeftJob, OrderDate, effective, Agreement(), new OrderReference("9", orderDate ?? OrderDate));

        Codes(ReplacementRule.Check(unit, Request("T01", Start.PlusDays(10)))).Should().Equal(ReplacementRule.SameMentor);
        Codes(ReplacementRule.Check(unit, Request("S01", Start.PlusDays(10)))).Should().Equal(ReplacementRule.NewMentorIsMentee);
        Codes(ReplacementRule.Check(unit, Request("T02", SchoolYear.End.PlusDays(1)))).Should().Equal(ReplacementRule.OutsidePeriod);
        Codes(ReplacementRule.Check(unit, Request("T02", Start))).Should().Equal(ReplacementRule.NotAfterLastChange);
        Codes(ReplacementRule.Check(unit, Request("T02", Start.PlusDays(10), Start.PlusDays(11)))).Should().Equal(ReplacementRule.OrderAfterEffective);
        ReplacementRule.Check(unit, Request("T02", Start.PlusDays(10))).Should().BeEmpty();
    }

    [Fact]
    public void ActivationRule_BeforeOrderOrOutsidePeriod_AreEachNamed()
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");
        Consent(register, unit);
        Fix(register, unit);

        ActivationRule.Check(unit, OrderDate.PlusDays(-1))!.Code.Should().Be(ActivationRule.BeforeOrder);
        ActivationRule.Check(unit, OrderDate)!.Code.Should().Be(ActivationRule.OutsidePeriod);
        ActivationRule.Check(unit, Start).Should().BeNull();
    }

    [Fact]
    public void CompletionRule_BeforeTheStart_IsNamed()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");

        CompletionRule.Check(unit, Start.PlusDays(-1))!.Code.Should().Be(CompletionRule.BeforeLastChange);
        CompletionRule.Check(unit, Start).Should().BeNull();
    }

    [Fact]
    public void ConsentWithdrawalRule_BeforeTheUnitsLastChange_IsNamedAndChangesNothing()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var before = TestHelpers.Json.Write(register.ToSnapshot());

        ConsentWithdrawalRule.Check(unit, Start.PlusDays(-1))!.Code.Should().Be(ConsentWithdrawalRule.BeforeLastChange);
        register.WithdrawPersonalDataConsent(Id("S01"), Start.PlusDays(-1)).Rejection.Has(ConsentWithdrawalRule.BeforeLastChange).Should().BeTrue();
        TestHelpers.Json.Write(register.ToSnapshot()).Should().Be(before);
    }

    private static IEnumerable<string> Codes(IEnumerable<Common.RuleViolation> violations) => violations.Select(v => v.Code);
}
