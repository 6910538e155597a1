using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

/// <summary>
/// A stored register that does not hold together is refused as a whole with an argument exception naming the
/// snapshot (or the date field that was written without NodaTime's converters): a missing list, a value outside an
/// enumeration, a person or order stored twice, an order of unknown units, a consent of a stranger. Each part of a
/// unit's history (replacement, joining, leaving, early termination, completion) is checked.
/// </summary>
public class PairingSnapshotValidationTests
{
    private static readonly LocalDate Notice = new(2026, 10, 30);

    /// <summary>
    /// A register with a replaced pair, a group that lost and gained a mentee, a terminated pair, a completed one, a proposed
    /// one and one with its consents (units 0 to 5).
    /// </summary>
    private static PairingRegisterSnapshot Year()
    {
        var register = Register();
        register.RegisterExternalMentor(Id("X01"), OrganizationId.From("sch2"), 1, ProposedOn).IsAccepted.Should().BeTrue();
        register.SetMentorCapacity(Id("T02"), 2, ProposedOn).IsAccepted.Should().BeTrue();
        var replaced = Running(register, "T01", "S01");
        var group = Running(register, "T02", "S02", "S03", "S04");
        var terminated = Running(register, "T03", "S05");
        var completed = Running(register, "T04", "S06");
        register.ReplaceMentor(replaced.Id, Replacement(register, "T05", Notice, Notice.PlusDays(10))).IsAccepted.Should().BeTrue();
        register.ReleaseMenteeFromGroup(group.Id, GroupMembershipTests.Release(register, "S04")).IsAccepted.Should().BeTrue();
        register.AddMenteeToGroup(group.Id, GroupMembershipTests.Join(register, "S09")).IsAccepted.Should().BeTrue();
        register.TerminateEarly(terminated.Id, Termination(register, Notice, Notice.PlusDays(10))).IsAccepted.Should().BeTrue();
        register.Complete(completed.Id, SchoolYear.End, MentoringOutcome.Achieved).IsAccepted.Should().BeTrue();
        Propose(register, "T06", "S07");
        Consent(register, Propose(register, "T07", "S08"));
        return register.ToSnapshot();
    }

    private static PairingRegisterSnapshot WithUnit(PairingRegisterSnapshot s, int index, Func<MentoringUnitSnapshot, MentoringUnitSnapshot> change) =>
        s with { Units = s.Units.Select((u, i) => i == index ? change(u) : u).ToArray() };

    public static TheoryData<string, Func<PairingRegisterSnapshot, PairingRegisterSnapshot>> Corruptions() => new()
    {
        { "null capacities", s => s with { Capacities = null! } },
        { "capacity of 0", s => s with { Capacities = [s.Capacities[0] with { Capacity = 0 }] } },
        { "capacity stored twice", s => s with { Capacities = [s.Capacities[0], s.Capacities[0]] } },
        { "external mentor stored twice", s => s with { ExternalMentors = [s.ExternalMentors![0], s.ExternalMentors[0]] } },
        { "external mentor missing", s => s with { ExternalMentors = [null!] } },
        { "external mentor of the own organisation", s => s with { ExternalMentors = [s.ExternalMentors![0] with { OrganizationId = s.OrganizationId }] } },
        { "external mentor without capacity", s => s with { Capacities = s.Capacities.Where(c => c.Mentor != "X01").ToArray() } },
        { "null units", s => s with { Units = null! } },
        { "unit stored twice", s => s with { Units = [.. s.Units, s.Units[0]] } },
        { "null mentees", s => WithUnit(s, 0, u => u with { Mentees = null! }) },
        { "form outside the enumeration", s => WithUnit(s, 0, u => u with { Form = (MentorshipForm)1000 }) },
        { "participants outside the enumeration", s => WithUnit(s, 0, u => u with { Participants = (ParticipantsForm)1000 }) },
        { "variant outside the enumeration", s => WithUnit(s, 0, u => u with { Variant = (EducatorPairVariant)1000 }) },
        { "null topics", s => WithUnit(s, 0, u => u with { Topics = null! }) },
        { "source outside the enumeration", s => WithUnit(s, 0, u => u with { Source = (ProposalSource)1000 }) },
        { "mentor who is also the mentee", s => WithUnit(s, 0, u => u with { Mentees = [u.Mentor] }) },
        { "status outside the enumeration", s => WithUnit(s, 0, u => u with { Status = (MentoringUnitStatus)1000 }) },
        { "status against the facts", s => WithUnit(s, 3, u => u with { Status = MentoringUnitStatus.Proposed }) },
        { "null consents", s => WithUnit(s, 0, u => u with { MenteeConsents = null! }) },
        { "consent of a stranger", s => WithUnit(s, 0, u => u with { MenteeConsents = [u.MenteeConsents[0] with { Mentee = "S77" }] }) },
        { "consent stored twice", s => WithUnit(s, 0, u => u with { MenteeConsents = [u.MenteeConsents[0], u.MenteeConsents[0]] }) },
        { "null replacements", s => WithUnit(s, 0, u => u with { Replacements = null! }) },
        { "replacement grounds outside the enumeration", s => WithUnit(s, 0, u => u with { Replacements = [u.Replacements[0] with { Grounds = (ReplacementGrounds)1000 }] }) },
        { "null departed mentees", s => WithUnit(s, 1, u => u with { DepartedMentees = null! }) },
        { "joining missing", s => WithUnit(s, 1, u => u with { Joinings = [null!] }) },
        { "leaving missing", s => WithUnit(s, 1, u => u with { Leavings = [null!] }) },
        { "leaving grounds outside the enumeration", s => WithUnit(s, 1, u => u with { Leavings = [u.Leavings![0] with { Grounds = (MenteeLeavingGrounds)1000 }] }) },
        { "termination grounds outside the enumeration", s => WithUnit(s, 2, u => u with { EarlyTermination = u.EarlyTermination! with { Grounds = (EarlyTerminationGrounds)1000 } }) },
        { "termination initiator outside the enumeration", s => WithUnit(s, 2, u => u with { EarlyTermination = u.EarlyTermination! with { InitiatedBy = (TerminationInitiator)1000 } }) },
        { "outcome outside the enumeration", s => WithUnit(s, 3, u => u with { Outcome = (MentoringOutcome)1000 }) },
        { "proposed, cancelled on a day", s => WithUnit(s, 4, u => u with { CancelledOn = OrderDate }) },
        { "proposed, with every consent", s => WithUnit(s, 5, u => u with { Status = MentoringUnitStatus.Proposed }) },
        { "consents in place, without them", s => WithUnit(s, 4, u => u with { Status = MentoringUnitStatus.ConsentsInPlace }) },
        { "consents in place, cancelled on a day", s => WithUnit(s, 5, u => u with { CancelledOn = OrderDate }) },
        { "consents in place, fixed by an order", s => WithUnit(s, 0, u => u with { Status = MentoringUnitStatus.ConsentsInPlace }) },
        { "cancelled, without a day", s => WithUnit(s, 4, u => u with { Status = MentoringUnitStatus.Cancelled }) },
        { "cancelled, fixed by an order", s => WithUnit(s, 0, u => u with { Status = MentoringUnitStatus.Cancelled, CancelledOn = OrderDate }) },
        { "fixed, already started", s => WithUnit(s, 1, u => u with { Status = MentoringUnitStatus.Fixed }) },
        { "fixed, without an order", s => WithUnit(s, 5, u => u with { Status = MentoringUnitStatus.Fixed }) },
        { "active, completed", s => WithUnit(s, 3, u => u with { Status = MentoringUnitStatus.Active }) },
        { "active, ended early", s => WithUnit(s, 2, u => u with { Status = MentoringUnitStatus.Active }) },
        { "active, cancelled on a day", s => WithUnit(s, 1, u => u with { CancelledOn = OrderDate }) },
        { "completed, ended early", s => WithUnit(s, 2, u => u with { Status = MentoringUnitStatus.Completed, CompletedOn = SchoolYear.End, Outcome = MentoringOutcome.Achieved }) },
        { "ended early, completed", s => WithUnit(s, 3, u => u with { Status = MentoringUnitStatus.EndedEarly }) },
        { "replacement to a mentor who does not lead", s => WithUnit(s, 0, u => u with { Replacements = [u.Replacements[0] with { NewMentor = "T09" }] }) },
        { "replacement outside the period", s => WithUnit(s, 0, u => u with { Replacements = [u.Replacements[0] with { EffectiveOn = SchoolYear.End.PlusDays(1) }] }) },
        { "replacements out of chain", s => WithUnit(s, 0, u => u with { Replacements = [u.Replacements[0], u.Replacements[0]] }) },
        { "null anonymised identifiers", s => s with { AnonymisedIds = null! } },
        { "next unit number 0", s => s with { NextUnitNumber = 0 } },
        { "null orders", s => s with { Orders = null! } },
        { "order stored twice", s => s with { Orders = [.. s.Orders, s.Orders[0]] } },
        { "order of no unit", s => s with { Orders = [s.Orders[0] with { Units = [] }] } },
        { "order of an unknown unit", s => s with { Orders = [s.Orders[0] with { Units = ["2026-099"] }] } },
        { "order kind outside the enumeration", s => s with { Orders = [s.Orders[0] with { Kind = (OrderKind)1000 }] } },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void CorruptedSnapshot_IsRefusedNamingTheSnapshot(string corruption, Func<PairingRegisterSnapshot, PairingRegisterSnapshot> corrupt)
    {
        var act = () => PairingRegister.FromSnapshot(corrupt(Year()), RussianProductionCalendar.Default);

        act.Should().Throw<ArgumentException>(corruption).Which.ParamName.Should().Be("snapshot", corruption);
    }

    [Theory]
    [InlineData("MentoringUnit.PeriodStart")]
    [InlineData("MentoringUnit.PeriodEnd")]
    [InlineData("MentoringUnit.ProposedOn")]
    [InlineData("MentoringUnit.FixingOrderDate")]
    [InlineData("MentoringUnit.ActivatedOn")]
    [InlineData("MentoringUnit.CompletedOn")]
    [InlineData("MentoringUnit.CancelledOn")]
    [InlineData("MenteeConsent.SignedOn")]
    [InlineData("EarlyTermination.NoticeGivenOn")]
    [InlineData("EarlyTermination.EndsOn")]
    [InlineData("MentorReplacement.EffectiveOn")]
    [InlineData("AdministrativeOrder.Date")]
    public void DefaultDate_IsRefusedNamingTheField(string field)
    {
        var s = Year();
        var broken = field switch
        {
            "MentoringUnit.PeriodStart" => WithUnit(s, 0, u => u with { PeriodStart = default }),
            "MentoringUnit.PeriodEnd" => WithUnit(s, 0, u => u with { PeriodEnd = default }),
            "MentoringUnit.ProposedOn" => WithUnit(s, 0, u => u with { ProposedOn = default }),
            "MentoringUnit.FixingOrderDate" => WithUnit(s, 0, u => u with { FixingOrderDate = default(LocalDate) }),
            "MentoringUnit.ActivatedOn" => WithUnit(s, 0, u => u with { ActivatedOn = default(LocalDate) }),
            "MentoringUnit.CompletedOn" => WithUnit(s, 3, u => u with { CompletedOn = default(LocalDate) }),
            "MentoringUnit.CancelledOn" => WithUnit(s, 0, u => u with { CancelledOn = default(LocalDate) }),
            "MenteeConsent.SignedOn" => WithUnit(s, 0, u => u with { MenteeConsents = [u.MenteeConsents[0] with { SignedOn = default }] }),
            "EarlyTermination.NoticeGivenOn" => WithUnit(s, 2, u => u with { EarlyTermination = u.EarlyTermination! with { NoticeGivenOn = default } }),
            "EarlyTermination.EndsOn" => WithUnit(s, 2, u => u with { EarlyTermination = u.EarlyTermination! with { EndsOn = default } }),
            "MentorReplacement.EffectiveOn" => WithUnit(s, 0, u => u with { Replacements = [u.Replacements[0] with { EffectiveOn = default }] }),
            _ => s with { Orders = [s.Orders[0] with { Date = default }] },
        };

        var act = () => PairingRegister.FromSnapshot(broken, RussianProductionCalendar.Default);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(field);
    }

    [Fact]
    public void TheSnapshotOfTheYear_RestoresToTheSameSnapshot()
    {
        var snapshot = Year();

        var restored = PairingRegister.FromSnapshot(Json.RoundTrip(snapshot), RussianProductionCalendar.Default);

        Json.Write(restored.ToSnapshot()).Should().Be(Json.Write(snapshot));
        snapshot.Units.Select(u => u.Status).Should().Equal(
            MentoringUnitStatus.Active, MentoringUnitStatus.Active, MentoringUnitStatus.EndedEarly, MentoringUnitStatus.Completed,
            MentoringUnitStatus.Proposed, MentoringUnitStatus.ConsentsInPlace);
    }

    [Fact]
    public void Refusals_NameUnitsAndOrdersByIdentifierOnly()
    {
        var s = Year();

        var twice = () => PairingRegister.FromSnapshot(s with { Units = [.. s.Units, s.Units[0]] }, RussianProductionCalendar.Default);
        var order = () => PairingRegister.FromSnapshot(s with { Orders = [s.Orders[0] with { Units = [] }] }, RussianProductionCalendar.Default);
        var capacity = () => PairingRegister.FromSnapshot(s with { Capacities = [s.Capacities[0] with { Capacity = 0 }] }, RussianProductionCalendar.Default);
        var consent = () => PairingRegister.FromSnapshot(WithUnit(s, 0, u => u with { MenteeConsents = [u.MenteeConsents[0] with { Mentee = "S77" }] }), RussianProductionCalendar.Default);

        twice.Should().Throw<ArgumentException>().WithMessage($"*{s.Units[0].Id}*");
        order.Should().Throw<ArgumentException>().WithMessage($"*{s.Orders[0].Number}*");
        capacity.Should().Throw<ArgumentException>().WithMessage($"*{s.Capacities[0].Mentor}*");
        consent.Should().Throw<ArgumentException>().WithMessage($"*{s.Units[0].Id}*");
    }
}
