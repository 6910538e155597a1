using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

/// <summary>Adding, releasing and moving mentees of a running group.</summary>
public class GroupMembershipTests
{
    internal static readonly LocalDate ChangeOrderDate = new(2026, 11, 20);
    internal static readonly LocalDate ChangeDay = new(2026, 11, 23);

    internal static MenteeJoinRequest Join(PairingRegister register, string mentee, LocalDate? firstDay = null, LocalDate? signedOn = null) =>
        new(Id(mentee), firstDay ?? ChangeDay, MenteeConsent(signedOn ?? ChangeOrderDate), new OrderReference(NextOrderNumber(register), ChangeOrderDate));

    internal static MenteeReleaseRequest Release(PairingRegister register, string mentee, MenteeLeavingGrounds grounds = MenteeLeavingGrounds.JustifiedRequestOfMentee) =>
        new(Id(mentee), ChangeDay, grounds, new OrderReference(NextOrderNumber(register), ChangeOrderDate));

    [Fact]
    public void AddMenteeToGroup_ValidRequest_IssuesAnOrderAndAddsTheMenteeWithTheirConsent()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02");
        register.DequeueEvents();

        var order = register.AddMenteeToGroup(group.Id, Join(register, "S03")).Value;

        order.Kind.Should().Be(OrderKind.GroupMembershipChange);
        group.Mentees.Select(m => m.Value).Should().Equal("S01", "S02", "S03");
        group.MenteeConsents.Should().ContainKey(Id("S03"));
        group.MenteeSpan(Id("S03")).Should().Equal(new DateInterval(ChangeDay, SchoolYear.End));
        group.Joinings.Should().Equal(new MenteeJoining(Id("S03"), ChangeDay, order.Reference));
        register.UnitOfMenteeOn(Id("S03"), ChangeDay.PlusDays(-1)).Should().BeNull();
        register.DequeueEvents().Select(e => e.GetType().Name).Should().Equal(nameof(OrderIssued), nameof(MenteeJoinedGroup));
    }

    [Fact]
    public void AddMenteeToGroup_GroupAtItsLargestSize_IsRefused()
    {
        var register = Register(new PairingPolicy(maxGroupSize: 2));
        var group = Running(register, "T01", "S01", "S02");

        var outcome = register.AddMenteeToGroup(group.Id, Join(register, "S03"));

        outcome.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(GroupSizeRule.GroupTooLarge);
        group.Mentees.Should().HaveCount(2);
        register.Orders.Should().ContainSingle();
    }

    [Fact]
    public void AddMenteeToGroup_MenteeInAnotherUnitThen_IsRefused()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02");
        Running(register, "T02", "S03");

        register.AddMenteeToGroup(group.Id, Join(register, "S03")).Rejection.Has(MenteeSingleUnitRule.AlreadyInUnit).Should().BeTrue();
    }

    [Fact]
    public void AddMenteeToGroup_ConsentSignedAfterTheOrder_IsRefused()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02");

        register.AddMenteeToGroup(group.Id, Join(register, "S03", signedOn: ChangeOrderDate.PlusDays(1))).Rejection.Has(MenteeConsentRule.SignedTooLate).Should().BeTrue();
    }

    [Fact]
    public void AddMenteeToGroup_ToAPair_IsRefused()
    {
        var register = Register();
        var pair = Running(register, "T01", "S01");

        register.AddMenteeToGroup(pair.Id, Join(register, "S03")).Rejection.Has(GroupMembershipRule.NotAGroup).Should().BeTrue();
    }

    [Fact]
    public void AddMenteeToGroup_GroupNotFixedYet_IsRefusedByStatus()
    {
        var register = Register();
        var group = Propose(register, "T01", "S01", "S02");

        register.AddMenteeToGroup(group.Id, Join(register, "S03")).Rejection.Has(UnitStatusRule.NotRunning).Should().BeTrue();
    }

    [Fact]
    public void AddMenteeToGroup_FirstDayBeforeTheOrder_IsRefused()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02");

        register.AddMenteeToGroup(group.Id, Join(register, "S03", firstDay: ChangeOrderDate.PlusDays(-1))).Rejection.Has(GroupMembershipRule.BeforeOrder).Should().BeTrue();
    }

    [Fact]
    public void AddMenteeToGroup_TheMentorOrAFormerMember_IsRefused()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");
        register.ReleaseMenteeFromGroup(group.Id, Release(register, "S03")).IsAccepted.Should().BeTrue();

        register.AddMenteeToGroup(group.Id, Join(register, "T01", firstDay: ChangeDay.PlusDays(7))).Rejection.Has(GroupMembershipRule.AlreadyMember).Should().BeTrue();
        register.AddMenteeToGroup(group.Id, Join(register, "S03", firstDay: ChangeDay.PlusDays(7))).Rejection.Has(GroupMembershipRule.AlreadyMember).Should().BeTrue();
    }

    [Fact]
    public void ReleaseMenteeFromGroup_GroupGoesOn_TheMenteeIsFreeFromTheNextDay()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");
        register.DequeueEvents();

        var order = register.ReleaseMenteeFromGroup(group.Id, Release(register, "S03")).Value;

        group.Mentees.Select(m => m.Value).Should().Equal("S01", "S02");
        group.DepartedMentees.Should().Equal(Id("S03"));
        group.Leavings.Should().Equal(new MenteeLeaving(Id("S03"), ChangeDay, MenteeLeavingGrounds.JustifiedRequestOfMentee, order.Reference));
        group.MenteeConsents.Should().NotContainKey(Id("S03"));
        register.DequeueEvents().Select(e => e.GetType().Name).Should().Equal(nameof(OrderIssued), nameof(MenteeReleasedFromGroup), nameof(MenteeLeftWithoutPair));
        register.Propose(PairProposal.Pair(Id("T02"), Id("S03"), new DateInterval(ChangeDay, SchoolYear.End)), ChangeDay).Rejection.Has(MenteeSingleUnitRule.AlreadyInUnit).Should().BeTrue();
        register.Propose(PairProposal.Pair(Id("T02"), Id("S03"), new DateInterval(ChangeDay.PlusDays(1), SchoolYear.End)), ChangeDay).IsProposed.Should().BeTrue();
    }

    [Fact]
    public void ReleaseMenteeFromGroup_MenteeLeftTheJob_IsNotLeftWithoutAPair()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");
        register.DequeueEvents();

        register.ReleaseMenteeFromGroup(group.Id, Release(register, "S03", MenteeLeavingGrounds.MenteeLeftJob)).IsAccepted.Should().BeTrue();

        register.DequeueEvents().OfType<MenteeLeftWithoutPair>().Should().BeEmpty();
    }

    [Fact]
    public void ReleaseMenteeFromGroup_GroupOfTwo_IsRefused()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02");

        register.ReleaseMenteeFromGroup(group.Id, Release(register, "S02")).Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(GroupSizeRule.GroupTooSmall);
    }

    [Fact]
    public void ReleaseMenteeFromGroup_NotAMember_IsRefused()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");

        register.ReleaseMenteeFromGroup(group.Id, Release(register, "S09")).Rejection.Has(GroupMembershipRule.NotAMember).Should().BeTrue();
    }

    [Fact]
    public void ReleaseMenteeFromGroup_GroundsOfAMove_IsACallerMistake()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");

        var act = () => register.ReleaseMenteeFromGroup(group.Id, Release(register, "S03", MenteeLeavingGrounds.MovedToAnotherGroup));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void MoveMentee_IntoTheSameGroup_IsRefused()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");

        register.MoveMentee(group.Id, group.Id, Join(register, "S03")).Rejection.Has(GroupMembershipRule.AlreadyMember).Should().BeTrue();
    }

    [Fact]
    public void MoveMentee_BetweenGroups_OneOrderNamesBoth()
    {
        var register = Register();
        var from = Running(register, "T01", "S01", "S02", "S03");
        var to = Running(register, "T02", "S04", "S05");

        var order = register.MoveMentee(from.Id, to.Id, Join(register, "S03")).Value;

        order.Units.Should().Equal(from.Id, to.Id);
        from.MenteeSpan(Id("S03")).Should().Equal(new DateInterval(SchoolYear.Start, ChangeDay.PlusDays(-1)));
        to.MenteeSpan(Id("S03")).Should().Equal(new DateInterval(ChangeDay, SchoolYear.End));
        from.Leavings.Single().Grounds.Should().Be(MenteeLeavingGrounds.MovedToAnotherGroup);
        register.UnitOfMenteeOn(Id("S03"), ChangeDay).Should().BeSameAs(to);
    }

    [Fact]
    public void MoveMentee_TargetFull_ChangesNothing()
    {
        var register = Register(new PairingPolicy(maxGroupSize: 3));
        var from = Running(register, "T01", "S01", "S02", "S03");
        var to = Running(register, "T02", "S04", "S05", "S06");
        var before = Json.Write(register.ToSnapshot());

        var outcome = register.MoveMentee(from.Id, to.Id, Join(register, "S03"));

        outcome.Rejection.Has(GroupSizeRule.GroupTooLarge).Should().BeTrue();
        Json.Write(register.ToSnapshot()).Should().Be(before);
    }

    [Fact]
    public void FromSnapshot_JoiningsAndLeavings_RoundTripThroughJson()
    {
        var register = Register();
        var from = Running(register, "T01", "S01", "S02", "S03");
        var to = Running(register, "T02", "S04", "S05");
        register.MoveMentee(from.Id, to.Id, Join(register, "S03")).IsAccepted.Should().BeTrue();
        register.AddMenteeToGroup(to.Id, Join(register, "S06")).IsAccepted.Should().BeTrue();

        var json = Json.Write(register.ToSnapshot());
        var restored = PairingRegister.FromSnapshot(Json.RoundTrip(register.ToSnapshot()), register.Calendar);

        Json.Write(restored.ToSnapshot()).Should().Be(json);
        restored.UnitOfMenteeOn(Id("S03"), ChangeDay).Should().BeSameAs(restored[to.Id]);
    }

    [Fact]
    public void FromSnapshot_MenteeBackInTheOldGroupDuringTheNewOne_Throws()
    {
        var register = Register();
        var from = Running(register, "T01", "S01", "S02", "S03");
        var to = Running(register, "T02", "S04", "S05");
        register.MoveMentee(from.Id, to.Id, Join(register, "S03")).IsAccepted.Should().BeTrue();
        var snapshot = register.ToSnapshot();
        var old = snapshot.Units[0];
        var broken = snapshot with { Units = [old with { Leavings = [old.Leavings![0] with { LastDay = SchoolYear.End }] }, snapshot.Units[1]] };

        var act = () => PairingRegister.FromSnapshot(broken, register.Calendar);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void WithdrawPersonalDataConsent_ReleasedMentee_LeavesNoTraceAndTheGroupUntouched()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");
        register.ReleaseMenteeFromGroup(group.Id, Release(register, "S03")).IsAccepted.Should().BeTrue();

        var withdrawal = register.WithdrawPersonalDataConsent(Id("S03"), ChangeDay.PlusDays(3), Withdrawal(register, ChangeDay.PlusDays(3)));

        withdrawal.IsAccepted.Should().BeTrue();
        withdrawal.Value.EndedUnits.Should().BeEmpty();
        group.Status.Should().Be(MentoringUnitStatus.Active);
        Json.Write(register.ToSnapshot()).Should().NotContain("\"S03\"");
    }

    [Fact]
    public void CheckLeave_LastDayBeforeTheMenteesFirstDay_IsOutsideTheirDays()
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02");
        register.AddMenteeToGroup(group.Id, Join(register, "S03")).IsAccepted.Should().BeTrue();

        GroupMembershipRule.CheckLeave(group, Id("S03"), ChangeDay.PlusDays(-1), new OrderReference("x", ChangeOrderDate))
            .Select(v => v.Code).Should().Equal(GroupMembershipRule.OutsidePeriod);
    }
}
