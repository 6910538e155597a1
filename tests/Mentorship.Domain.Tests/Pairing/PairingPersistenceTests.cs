using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

public class PairingPersistenceTests
{
    [Fact]
    public void FromSnapshot_EveryStatusThroughJson_RestoresExactly()
    {
        var register = EveryStatus();
        var json = Json.Write(register.ToSnapshot());

        var restored = PairingRegister.FromSnapshot(Json.RoundTrip(register.ToSnapshot()), RussianProductionCalendar.Default);

        Json.Write(restored.ToSnapshot()).Should().Be(json);
        restored.Units.Select(u => u.Status).Should().Equal(register.Units.Select(u => u.Status));
        restored.PendingEvents.Should().BeEmpty();
        restored.LoadOn(Id("T02"), new LocalDate(2027, 2, 1)).Should().Be(register.LoadOn(Id("T02"), new LocalDate(2027, 2, 1)));
    }

    [Fact]
    public void FromSnapshot_RestoredRegister_KeepsNumberingAndAnonymisedNames()
    {
        var register = EveryStatus();
        var restored = PairingRegister.FromSnapshot(register.ToSnapshot(), RussianProductionCalendar.Default);

        var next = restored.Propose(PairProposal.Pair(Id("T09"), Id("S09"), SchoolYear), ProposedOn).Unit;

        next.Id.Value.Should().Be($"2026-{register.Units.Count + 1:000}");
        register.Units.SelectMany(u => u.Mentees.Concat(u.DepartedMentees).Append(u.Mentor)).Where(register.IsAnonymised).Should().OnlyContain(m => restored.IsAnonymised(m)).And.HaveCount(2);
    }

    [Fact]
    public void FromSnapshot_ActiveWithoutOrder_Throws()
    {
        var snapshot = EveryStatus().ToSnapshot();
        var broken = snapshot with { Units = snapshot.Units.Select(u => u.Status == MentoringUnitStatus.Active ? u with { FixingOrderNumber = null, FixingOrderDate = null } : u).ToArray() };

        var act = () => PairingRegister.FromSnapshot(broken, RussianProductionCalendar.Default);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromSnapshot_DefaultDatesOrUnknownSchema_AreRefusedNamingTheField()
    {
        var snapshot = EveryStatus().ToSnapshot();
        var active = snapshot.Units.First(u => u.Status == MentoringUnitStatus.Active);
        PairingRegisterSnapshot With(MentoringUnitSnapshot changed) => snapshot with { Units = snapshot.Units.Select(u => u.Id == active.Id ? changed : u).ToArray() };

        var cases = new (PairingRegisterSnapshot Snapshot, string Field)[]
        {
            (With(active with { ProposedOn = default }), "MentoringUnit.ProposedOn"),
            (With(active with { ActivatedOn = default(LocalDate) }), "MentoringUnit.ActivatedOn"),
            (With(active with { FixingOrderDate = default(LocalDate) }), "MentoringUnit.FixingOrderDate"),
            (With(active with { MentorAgreement = active.MentorAgreement! with { SignedOn = default } }), "MentoringConsent.SignedOn"),
            (snapshot with { SchemaVersion = 99 }, "PairingRegister.SchemaVersion"),
        };

        foreach (var (bad, field) in cases)
        {
            var act = () => PairingRegister.FromSnapshot(bad, RussianProductionCalendar.Default);
            act.Should().Throw<ArgumentException>().WithParameterName(field);
        }
    }

    [Fact]
    public void FromSnapshot_MentorOverCapacity_Throws()
    {
        var register = Register();
        Propose(register, "T01", "S01");
        Propose(register, "T01", "S02");
        var snapshot = register.ToSnapshot() with { Capacities = [new MentorCapacitySnapshot("T01", 1)] };

        var act = () => PairingRegister.FromSnapshot(snapshot, RussianProductionCalendar.Default);

        act.Should().Throw<ArgumentException>().WithMessage("*over capacity*");
    }

    [Fact]
    public void FromSnapshot_MenteeInTwoUnitsAtOnce_Throws()
    {
        var register = Register();
        Propose(register, "T01", "S01");
        Propose(register, "T02", "S02");
        var snapshot = register.ToSnapshot();
        var broken = snapshot with { Units = [snapshot.Units[0], snapshot.Units[1] with { Mentees = ["S01"] }] };

        var act = () => PairingRegister.FromSnapshot(broken, RussianProductionCalendar.Default);

        act.Should().Throw<ArgumentException>().WithMessage("*two units at once*");
    }

    [Fact]
    public void FromSnapshot_GroupOfOne_Throws()
    {
        var register = Register();
        Propose(register, "T01", "S01", "S02");
        var snapshot = register.ToSnapshot();
        var broken = snapshot with { Units = [snapshot.Units[0] with { Mentees = ["S01"] }] };

        var act = () => PairingRegister.FromSnapshot(broken, RussianProductionCalendar.Default);

        act.Should().Throw<ArgumentException>();
    }

    /// <summary>A register with a unit in every status, a replacement, a departed group member and an anonymised person.</summary>
    internal static PairingRegister EveryStatus()
    {
        var register = Register();
        register.SetMentorCapacity(Id("T02"), 3, ProposedOn);
        Propose(register, "T01", "S01");
        var consented = Propose(register, "T01", "S02");
        Consent(register, consented);
        var fixedUnit = Propose(register, MentorshipForm.Virtual, "T02", "S03");
        Consent(register, fixedUnit);
        Fix(register, fixedUnit);
        var completed = Running(register, "T03", "S04");
        register.Complete(completed.Id, SchoolYear.End, MentoringOutcome.Achieved);
        var ended = Running(register, "T03", "S05");
        register.TerminateEarly(ended.Id, Termination(register, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 10)));
        var replaced = Running(register, "T04", "S06");
        register.ReplaceMentor(replaced.Id, Replacement(register, "T02", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18)));
        var cancelled = Propose(register, "T05", "S07");
        register.Cancel(cancelled.Id, OrderDate);
        var group = Running(register, "T06", "S08", "S09", "S10");
        register.WithdrawPersonalDataConsent(Id("S09"), new LocalDate(2026, 11, 2), Withdrawal(register, new LocalDate(2026, 11, 2)));
        var withdrawn = Running(register, "T07", "S11");
        register.WithdrawPersonalDataConsent(Id("T07"), new LocalDate(2026, 11, 3), Withdrawal(register, new LocalDate(2026, 11, 3)));
        register.Units.Select(u => u.Status).Distinct().Should().HaveCount(7);
        return register;
    }
}
