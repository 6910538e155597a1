using Mentorship.Domain.Calendar;
using Mentorship.Domain.Common;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.People;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

public class PairingRegisterTests
{
    [Fact]
    public void Lifecycle_ProposedConsentedFixedActiveCompleted_MovesThroughEveryStatus()
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");
        unit.Status.Should().Be(MentoringUnitStatus.Proposed);
        unit.Id.Value.Should().Be("2026-001");

        register.RecordMentorAgreement(unit.Id, Agreement()).IsAccepted.Should().BeTrue();
        unit.Status.Should().Be(MentoringUnitStatus.Proposed);
        register.RecordMenteeConsent(unit.Id, Id("S01"), MenteeConsent()).IsAccepted.Should().BeTrue();
        unit.Status.Should().Be(MentoringUnitStatus.ConsentsInPlace);

        var order = Fix(register, unit);
        unit.Status.Should().Be(MentoringUnitStatus.Fixed);
        unit.FixingOrder.Should().Be(order.Reference);
        order.Kind.Should().Be(OrderKind.FixingUnits);

        register.Activate(unit.Id, Start).IsAccepted.Should().BeTrue();
        unit.Status.Should().Be(MentoringUnitStatus.Active);

        register.Complete(unit.Id, SchoolYear.End, MentoringOutcome.Achieved).IsAccepted.Should().BeTrue();
        unit.Status.Should().Be(MentoringUnitStatus.Completed);
        unit.Completion.Should().Be(new UnitCompletion(SchoolYear.End, MentoringOutcome.Achieved));
        unit.Period.Should().Equal(SchoolYear);
    }

    [Fact]
    public void Complete_BeforeThePeriodsLastDay_IsRefusedAsAnEarlyEndThatNeedsNoticeAndAnOrder()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        register.DequeueEvents();

        var early = register.Complete(unit.Id, SchoolYear.End.PlusDays(-1), MentoringOutcome.Achieved);

        early.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(CompletionRule.BeforePeriodEnd);
        unit.Status.Should().Be(MentoringUnitStatus.Active);
        register.PendingEvents.Should().BeEmpty();

        var ended = register.TerminateEarly(unit.Id, Termination(register, new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 10), EarlyTerminationGrounds.GoalReachedEarly));
        ended.IsAccepted.Should().BeTrue();
        unit.Status.Should().Be(MentoringUnitStatus.EndedEarly);
    }

    [Fact]
    public void Complete_OnOrAfterThePeriodsLastDay_IsAcceptedAndTheUnitEndsWithItsPeriod()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");

        register.Complete(unit.Id, SchoolYear.End.PlusDays(3), MentoringOutcome.Achieved).IsAccepted.Should().BeTrue();

        unit.LastDay.Should().Be(SchoolYear.End);
    }

    [Fact]
    public void Lifecycle_RaisesOnePastTenseEventPerChange_WithIdentifiersOnly()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        register.Complete(unit.Id, SchoolYear.End, MentoringOutcome.PartlyAchieved);

        register.DequeueEvents().Select(e => e.GetType().Name).Should().Equal(
            nameof(UnitProposed), nameof(MentorAgreementRecorded), nameof(MenteeConsentRecorded), nameof(ConsentsCompleted),
            nameof(OrderIssued), nameof(UnitFixed), nameof(UnitActivated), nameof(UnitCompleted), nameof(MentorPlaceFreed));
        register.PendingEvents.Should().BeEmpty();
    }

    [Fact]
    public void Propose_Group_CountsAsItsPolicyPlacesWhateverItsSize()
    {
        var register = Register(new PairingPolicy(defaultCapacity: 2, groupPlaces: 1));
        Propose(register, "T01", "S01", "S02", "S03");
        register.LoadOn(Id("T01"), Start).Should().Be(1);
        Propose(register, "T01", "S04");
        register.LoadOn(Id("T01"), Start).Should().Be(2);

        var third = register.Propose(PairProposal.Pair(Id("T01"), Id("S05"), SchoolYear), ProposedOn);

        third.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(MentorLoadRule.OverCapacity);
        register.Units.Should().HaveCount(2);
    }

    [Fact]
    public void Propose_MentorFreeAgainAfterEarlierUnitEnds_IsAccepted()
    {
        var register = Register(new PairingPolicy(defaultCapacity: 1));
        var first = Running(register, "T01", "S01");
        register.TerminateEarly(first.Id, Termination(register, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 15))).IsAccepted.Should().BeTrue();

        var overlapping = register.Propose(PairProposal.Pair(Id("T01"), Id("S02"), new DateInterval(new LocalDate(2026, 12, 15), SchoolYear.End)), ProposedOn);
        var after = register.Propose(PairProposal.Pair(Id("T01"), Id("S02"), new DateInterval(new LocalDate(2026, 12, 16), SchoolYear.End)), ProposedOn);

        overlapping.Rejection.Has(MentorLoadRule.OverCapacity).Should().BeTrue();
        after.IsProposed.Should().BeTrue();
    }

    [Fact]
    public void Propose_PeriodOutsideThreeToTwelveMonths_WarnsUntilAcknowledged()
    {
        var register = Register();
        var shortPeriod = new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2026, 10, 31));
        var proposal = PairProposal.Pair(Id("T01"), Id("S01"), shortPeriod);

        var first = register.Propose(proposal, ProposedOn);
        first.NeedsAcknowledgement.Should().BeTrue();
        first.Acknowledgement.Codes.Should().Equal(ProgramPeriodRule.OutsideRange);
        register.Units.Should().BeEmpty();

        var second = register.Propose(proposal with { AcknowledgedWarnings = [ProgramPeriodRule.OutsideRange] }, ProposedOn);
        second.IsProposed.Should().BeTrue();
        second.Unit.PeriodWarningAcknowledged.Should().BeTrue();
        second.Unit.Period.Should().Equal(shortPeriod);
    }

    [Fact]
    public void Propose_BrokenRules_AreAllReportedBeforeAnyWarning()
    {
        var register = Register();
        var proposal = new PairProposal(Id("T01"), [Id("T01"), Id("S01")], MentorshipForm.Individual, new DateInterval(Start, Start.PlusDays(10)));

        var outcome = register.Propose(proposal, ProposedOn);

        outcome.Rejection.Violations.Select(v => v.Code).Should().BeEquivalentTo([ParticipantsRule.MentorIsMentee, GroupSizeRule.IndividualNeedsOneMentee]);
    }

    [Fact]
    public void Propose_FromMatchingAdapterData_CarriesSourceScoreAndTopics()
    {
        var register = Register();
        var proposal = new PairProposal(Id("T01"), [Id("S01")], MentorshipForm.Individual, SchoolYear, Topics: [TopicCode.From("adaptation")], Source: ProposalSource.Matching, MatchScore: 12);

        var unit = register.Propose(proposal, ProposedOn).Unit;

        unit.Source.Should().Be(ProposalSource.Matching);
        unit.MatchScore.Should().Be(12);
        unit.Topics.Should().Equal(TopicCode.From("adaptation"));
    }

    [Fact]
    public void RecordMenteeConsent_NotAMentee_IsRefused()
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");

        var result = register.RecordMenteeConsent(unit.Id, Id("S02"), MenteeConsent());

        result.Rejection.Has(MenteeConsentRule.NotAMentee).Should().BeTrue();
        unit.MenteeConsents.Should().BeEmpty();
    }

    [Fact]
    public void RecordMentorAgreement_AfterTheOrder_IsRefused()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");

        register.RecordMentorAgreement(unit.Id, Agreement()).Rejection.Has(UnitStatusRule.NotCollectingConsents).Should().BeTrue();
    }

    [Fact]
    public void IssueFixingOrder_OneUnitWithoutConsents_RefusesTheWholeOrder()
    {
        var register = Register();
        var ready = Propose(register, "T01", "S01");
        Consent(register, ready);
        var missing = Propose(register, "T02", "S02");
        register.RecordMentorAgreement(missing.Id, Agreement());

        var outcome = register.IssueFixingOrder(new OrderReference("45-од", OrderDate), [ready.Id, missing.Id]);

        outcome.Rejection.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == MenteeConsentRule.Missing && v.Subject == "S02");
        ready.Status.Should().Be(MentoringUnitStatus.ConsentsInPlace);
        register.Orders.Should().BeEmpty();
    }

    [Fact]
    public void IssueFixingOrder_SeveralUnits_FixesThemAllUnderOneNumber()
    {
        var register = Register();
        var a = Propose(register, "T01", "S01");
        var b = Propose(register, "T02", "S02", "S03");
        Consent(register, a);
        Consent(register, b);

        var order = register.IssueFixingOrder(new OrderReference("45-од", OrderDate), [a.Id, b.Id]).Value;

        order.Units.Should().Equal(a.Id, b.Id);
        new[] { a, b }.Should().OnlyContain(u => u.Status == MentoringUnitStatus.Fixed && u.FixingOrder!.Number == "45-од");
    }

    [Fact]
    public void IssueFixingOrder_ConsentSignedAfterTheOrder_IsRefused()
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");
        register.RecordMentorAgreement(unit.Id, Agreement());
        register.RecordMenteeConsent(unit.Id, Id("S01"), MenteeConsent(OrderDate.PlusDays(1)));

        register.IssueFixingOrder(new OrderReference("45-од", OrderDate), [unit.Id]).Rejection.Has(MenteeConsentRule.SignedTooLate).Should().BeTrue();
    }

    [Fact]
    public void Activate_WithoutOrder_IsRefused()
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");
        Consent(register, unit);

        register.Activate(unit.Id, Start).Rejection.Has(UnitStatusRule.NotFixed).Should().BeTrue();
        unit.Status.Should().Be(MentoringUnitStatus.ConsentsInPlace);
    }

    [Fact]
    public void TerminateEarly_ThreeWorkingDaysOverTheNovemberHoliday_EndsOnThursday()
    {
        // Notice on Friday 30 October 2026; 4 November (Wednesday) is a public holiday: 2, 3, 5 November are the 3 working days.
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var notice = new LocalDate(2026, 10, 30);

        var tooEarly = register.TerminateEarly(unit.Id, Termination(register, notice, new LocalDate(2026, 11, 4)));
        var onTime = register.TerminateEarly(unit.Id, Termination(register, notice, new LocalDate(2026, 11, 5)));

        tooEarly.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(NoticePeriodRule.TooShort);
        onTime.IsAccepted.Should().BeTrue();
        onTime.Value.Kind.Should().Be(OrderKind.EarlyTermination);
        unit.Status.Should().Be(MentoringUnitStatus.EndedEarly);
        unit.LastDay.Should().Be(new LocalDate(2026, 11, 5));
    }

    [Fact]
    public void TerminateEarly_OnAWeekdayCalendar_CountsTheHolidayAsWorking()
    {
        var register = Register(calendar: WeekdayCalendar.Instance);
        var unit = Running(register, "T01", "S01");

        register.TerminateEarly(unit.Id, Termination(register, new LocalDate(2026, 10, 30), new LocalDate(2026, 11, 4))).IsAccepted.Should().BeTrue();
    }

    [Fact]
    public void TerminateEarly_EndedUnit_FreesThePlaceAndLeavesTheMenteeWithoutPair()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        register.DequeueEvents();

        register.TerminateEarly(unit.Id, Termination(register, new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 10)));

        var events = register.DequeueEvents();
        events.OfType<MentorPlaceFreed>().Should().ContainSingle().Which.Date.Should().Be(new LocalDate(2027, 2, 11));
        events.OfType<MenteeLeftWithoutPair>().Should().ContainSingle().Which.Mentee.Should().Be(Id("S01"));
        register.LoadOn(Id("T01"), new LocalDate(2027, 2, 10)).Should().Be(1);
        register.LoadOn(Id("T01"), new LocalDate(2027, 2, 11)).Should().Be(0);
    }

    [Fact]
    public void ReplaceMentor_KeepsThePeriodAndMovesTheLoad()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var effective = new LocalDate(2027, 1, 18);

        var order = register.ReplaceMentor(unit.Id, Replacement(register, "T02", new LocalDate(2027, 1, 11), effective));

        order.IsAccepted.Should().BeTrue(order.IsAccepted ? string.Empty : order.Rejection.ToString());
        unit.Period.Should().Equal(SchoolYear);
        unit.Mentor.Should().Be(Id("T02"));
        unit.Status.Should().Be(MentoringUnitStatus.Active);
        unit.Replacements.Should().ContainSingle().Which.PreviousMentor.Should().Be(Id("T01"));
        register.LoadOn(Id("T01"), effective.PlusDays(-1)).Should().Be(1);
        register.LoadOn(Id("T01"), effective).Should().Be(0);
        register.LoadOn(Id("T02"), effective).Should().Be(1);
        unit.MentorOn(effective.PlusDays(-1)).Should().Be(Id("T01"));
    }

    [Fact]
    public void ReplaceMentor_ShortNoticeAndAgreementNotCoveringTheRest_AreBothNamed()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var effective = new LocalDate(2027, 1, 13);
        var request = Replacement(register, "T02", new LocalDate(2027, 1, 11), effective, agreementPeriod: new DateInterval(effective, new LocalDate(2027, 3, 31)));

        var outcome = register.ReplaceMentor(unit.Id, request);

        outcome.Rejection.Violations.Select(v => v.Code).Should().BeEquivalentTo([NoticePeriodRule.TooShort, MentorAgreementRule.PeriodNotCovered]);
        unit.Mentor.Should().Be(Id("T01"));
        register.Orders.Should().HaveCount(1);
    }

    [Fact]
    public void Cancel_FixedUnit_IsRefused()
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");
        Consent(register, unit);
        Fix(register, unit);

        register.Cancel(unit.Id, OrderDate).Rejection.Has(UnitStatusRule.NotCancellable).Should().BeTrue();
    }

    [Fact]
    public void AnyCommand_UnknownUnit_IsRefusedByName()
    {
        var register = Register();
        var ghost = MentoringUnitId.From("2026-999");

        var group = Running(register, "T01", "S01", "S02", "S03");
        var before = Json(register);
        Rejection[] refusals =
        [
            register.Activate(ghost, Start).Rejection,
            register.IssueFixingOrder(new OrderReference("1", OrderDate), [ghost]).Rejection,
            register.RecordMentorAgreement(ghost, Agreement()).Rejection,
            register.RecordMenteeConsent(ghost, Id("S01"), MenteeConsent()).Rejection,
            register.Complete(ghost, SchoolYear.End, MentoringOutcome.Achieved).Rejection,
            register.TerminateEarly(ghost, Termination(register, new LocalDate(2026, 11, 16), new LocalDate(2026, 11, 30))).Rejection,
            register.ReplaceMentor(ghost, Replacement(register, "T02", new LocalDate(2026, 11, 16), new LocalDate(2026, 11, 30))).Rejection,
            register.AddMenteeToGroup(ghost, GroupMembershipTests.Join(register, "S09")).Rejection,
            register.ReleaseMenteeFromGroup(ghost, GroupMembershipTests.Release(register, "S01")).Rejection,
            register.MoveMentee(ghost, group.Id, GroupMembershipTests.Join(register, "S09")).Rejection,
            register.MoveMentee(group.Id, ghost, GroupMembershipTests.Join(register, "S01")).Rejection,
            register.Cancel(ghost, Start).Rejection,
        ];

        refusals.Should().AllSatisfy(r => r.Violations.Should().ContainSingle(v => v.Code == UnitStatusRule.UnknownUnit)
            .Which.Argument("unit")!.Value.Should().Be("2026-999"));
        Json(register).Should().Be(before);
        FluentActions.Invoking(() => register[ghost]).Should().Throw<KeyNotFoundException>().WithMessage("*2026-999*");
    }

    [Fact]
    public void SetMentorCapacity_BelowTheCurrentLoad_IsRefused()
    {
        var register = Register();
        Propose(register, "T01", "S01");
        Propose(register, "T01", "S02");

        register.SetMentorCapacity(Id("T01"), 1, ProposedOn).Rejection.Has(MentorLoadRule.OverCapacity).Should().BeTrue();
        register.SetMentorCapacity(Id("T01"), 3, ProposedOn).IsAccepted.Should().BeTrue();
        register.CapacityOf(Id("T01")).Should().Be(3);
    }

    [Fact]
    public void WithdrawPersonalDataConsent_MenteeOfAPair_EndsItAndAnonymisesThePerson()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var on = new LocalDate(2026, 11, 16);

        var outcome = register.WithdrawPersonalDataConsent(Id("S01"), on, Withdrawal(register, on));

        outcome.Value.EndedUnits.Should().Equal(unit.Id);
        unit.Status.Should().Be(MentoringUnitStatus.EndedEarly);
        unit.EarlyTermination!.Grounds.Should().Be(EarlyTerminationGrounds.PersonalDataConsentWithdrawn);
        unit.LastDay.Should().Be(new LocalDate(2026, 11, 19), "the withdrawal is notice: three working days after Monday 16.11 end on Thursday");
        unit.EarlyTermination.Order.Should().Be(new OrderReference("2-од", on));
        register.FindOrder("2-од")!.Kind.Should().Be(OrderKind.EarlyTermination);
        unit.Mentees.Should().ContainSingle().Which.Should().Match<EducatorId>(m => register.IsAnonymised(m));
        unit.MenteeConsents.Should().BeEmpty();
        Json(register).Should().NotContain("\"S01\"");
        register.DequeueEvents().OfType<ParticipantErased>().Should().ContainSingle().Which.Person.Should().Be(Id("S01"));
    }

    [Fact]
    public void WithdrawPersonalDataConsent_EndingARunningPairWithoutAnOrder_IsRefusedAndChangesNothing()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var before = Json(register);

        var outcome = register.WithdrawPersonalDataConsent(Id("T01"), new LocalDate(2026, 11, 16));
        var taken = register.WithdrawPersonalDataConsent(Id("T01"), new LocalDate(2026, 11, 16), new OrderReference("1-од", new LocalDate(2026, 11, 16)));

        outcome.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(ConsentWithdrawalRule.OrderRequired);
        taken.Rejection.Has(OrderRule.NumberTaken).Should().BeTrue();
        Json(register).Should().Be(before);
        unit.Status.Should().Be(MentoringUnitStatus.Active);
    }

    [Fact]
    public void WithdrawPersonalDataConsent_ByTheMentorNearThePeriodsEnd_EndsOnThePeriodsLastDay()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");

        register.WithdrawPersonalDataConsent(Id("T01"), new LocalDate(2027, 5, 28), Withdrawal(register, new LocalDate(2027, 5, 28))).IsAccepted.Should().BeTrue();

        unit.LastDay.Should().Be(SchoolYear.End);
        unit.Status.Should().Be(MentoringUnitStatus.EndedEarly);
    }

    [Fact]
    public void WithdrawPersonalDataConsent_MenteeOfALargeGroup_LeavesTheGroupWhichGoesOn()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");

        var outcome = register.WithdrawPersonalDataConsent(Id("S02"), new LocalDate(2026, 11, 16), Withdrawal(register, new LocalDate(2026, 11, 16)));

        outcome.Value.GroupsLeft.Should().Equal(group.Id);
        group.Status.Should().Be(MentoringUnitStatus.Active);
        group.Mentees.Should().Equal(Id("S01"), Id("S03"));
        group.DepartedMentees.Should().ContainSingle();
        Json(register).Should().NotContain("\"S02\"");
    }

    [Fact]
    public void WithdrawPersonalDataConsent_MenteeOfAGroupOfTwo_EndsItAndTheOtherNeedsAPair()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02");

        var outcome = register.WithdrawPersonalDataConsent(Id("S02"), new LocalDate(2026, 11, 16), Withdrawal(register, new LocalDate(2026, 11, 16)));

        outcome.Value.EndedUnits.Should().Equal(group.Id);
        outcome.Value.MenteesWithoutPair.Should().Equal(Id("S01"));
    }

    [Fact]
    public void WithdrawPersonalDataConsent_Mentor_EndsRunningUnitsCancelsProposalsAndDropsTheAgreement()
    {
        var register = Register();
        var running = Running(register, "T01", "S01");
        var proposed = Propose(register, "T01", "S02");
        register.SetMentorCapacity(Id("T01"), 2, ProposedOn);

        var outcome = register.WithdrawPersonalDataConsent(Id("T01"), new LocalDate(2026, 11, 16), Withdrawal(register, new LocalDate(2026, 11, 16)));

        outcome.Value.EndedUnits.Should().Equal(running.Id);
        outcome.Value.CancelledUnits.Should().Equal(proposed.Id);
        outcome.Value.MenteesWithoutPair.Should().Equal(Id("S01"));
        running.MentorAgreement.Should().BeNull();
        register.IsAnonymised(running.Mentor).Should().BeTrue();
        Json(register).Should().NotContain("\"T01\"");
    }

    [Fact]
    public void WithdrawPersonalDataConsent_MenteeOfAProposal_CancelsItAndFreesTheMentorsPlace()
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");
        register.DequeueEvents();

        register.WithdrawPersonalDataConsent(Id("S01"), ProposedOn, Withdrawal(register, ProposedOn)).Value.CancelledUnits.Should().Equal(unit.Id);

        var events = register.DequeueEvents();
        events.OfType<MentorPlaceFreed>().Should().ContainSingle().Which.Mentor.Should().Be(Id("T01"));
        events.OfType<ParticipantErased>().Should().ContainSingle();
        register.LoadOn(Id("T01"), Start).Should().Be(0);
    }

    [Fact]
    public void WithdrawPersonalDataConsent_FormerMentor_IsAnonymisedInTheHistoryWhileTheUnitGoesOn()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        register.ReplaceMentor(unit.Id, Replacement(register, "T02", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18)));

        register.WithdrawPersonalDataConsent(Id("T01"), new LocalDate(2027, 2, 1), Withdrawal(register, new LocalDate(2027, 2, 1))).Value.EndedUnits.Should().BeEmpty();

        unit.Status.Should().Be(MentoringUnitStatus.Active);
        register.IsAnonymised(unit.Replacements[0].PreviousMentor).Should().BeTrue();
        Json(register).Should().NotContain("\"T01\"");
    }

    [Fact]
    public void WithdrawPersonalDataConsent_AnonymisedIdentifier_CannotBeProposedAgain()
    {
        var register = Register();
        Running(register, "T01", "S01");
        register.WithdrawPersonalDataConsent(Id("S01"), new LocalDate(2026, 11, 16), Withdrawal(register, new LocalDate(2026, 11, 16)));
        var pseudonym = register.Units.Single().Mentees[0];

        var outcome = register.Propose(PairProposal.Pair(Id("T02"), pseudonym, SchoolYear), ProposedOn);

        outcome.Rejection.Has(ParticipantsRule.AnonymisedIdentifier).Should().BeTrue();
    }

    private static string Json(PairingRegister register) => TestHelpers.Json.Write(register.ToSnapshot());
}
