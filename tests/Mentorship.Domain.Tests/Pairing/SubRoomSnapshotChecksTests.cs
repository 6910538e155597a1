using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;
using static Mentorship.Domain.Tests.TestHelpers.ProgramBuild;

namespace Mentorship.Domain.Tests.Pairing;

/// <summary>
/// Programmes and support plans refuse a snapshot with impossible values (a default date, what System.Text.Json writes
/// for a <see cref="LocalDate"/> without NodaTime's converters) or of an unknown shape, naming the field.
/// </summary>
public class SubRoomSnapshotChecksTests
{
    private static PersonalizedProgramSnapshot Programme()
    {
        var programme = Program(Running(Register(), "T01", "S01"));
        programme.Approve(OrderDate);
        programme.MarkDone(1, Start);
        return programme.ToSnapshot();
    }

    private static SupportPlanSnapshot Plan()
    {
        var opened = new LocalDate(2026, 10, 30);
        var plan = SupportPlan.OpenStandard(
            Id("S07"), Build.Org, Build.Year, opened, UnpairedCause.AllCapableMentorsFull, new DateInterval(opened, SchoolYear.End), RussianProductionCalendar.Default).Value;
        plan.MarkDone(2, new LocalDate(2026, 11, 9));
        plan.RecordSearch(new SearchAttempt(new LocalDate(2026, 11, 2), false, UnpairedCause.AllCapableMentorsFull));
        plan.Close(new LocalDate(2026, 12, 1));
        return plan.ToSnapshot();
    }

    public static TheoryData<string> ProgrammeDates() =>
        ["PersonalizedProgram.PeriodStart", "PersonalizedProgram.DraftedOn", "PersonalizedProgram.ApprovedOn", "PlanItem.Date", "PlanItem.DoneOn"];

    [Theory]
    [MemberData(nameof(ProgrammeDates))]
    public void Programme_DefaultDate_IsRefusedNamingTheField(string field)
    {
        var s = Programme();
        var broken = field switch
        {
            "PersonalizedProgram.PeriodStart" => s with { PeriodStart = default },
            "PersonalizedProgram.DraftedOn" => s with { DraftedOn = default },
            "PersonalizedProgram.ApprovedOn" => s with { ApprovedOn = default(LocalDate) },
            "PlanItem.Date" => s with { Plan = [s.Plan[0] with { Date = default }, .. s.Plan.Skip(1)] },
            _ => s with { Plan = [s.Plan[0] with { DoneOn = default(LocalDate) }, .. s.Plan.Skip(1)] },
        };

        var act = () => PersonalizedProgram.FromSnapshot(broken);

        act.Should().Throw<ArgumentException>().WithParameterName(field).WithMessage("*0001-01-01*");
    }

    [Fact]
    public void Programme_SchemaVersion_IsWrittenAndAnUnknownOneRefused()
    {
        var s = Programme();
        s.SchemaVersion.Should().Be(Mentorship.Domain.Common.SnapshotSchema.Current);
        Json.Write(PersonalizedProgram.FromSnapshot(Json.RoundTrip(s)).ToSnapshot()).Should().Be(Json.Write(s));

        var newer = () => PersonalizedProgram.FromSnapshot(s with { SchemaVersion = 2 });
        var none = () => PersonalizedProgram.FromSnapshot(s with { SchemaVersion = 0 });

        newer.Should().Throw<ArgumentException>().WithParameterName("PersonalizedProgram.SchemaVersion");
        none.Should().Throw<ArgumentException>().WithParameterName("PersonalizedProgram.SchemaVersion");
    }

    public static TheoryData<string> PlanDates() =>
        ["SupportPlan.OpenedOn", "SupportPlan.ClosedOn", "SupportMeasure.Date", "SupportMeasure.DoneOn", "SearchAttempt.On"];

    [Theory]
    [MemberData(nameof(PlanDates))]
    public void SupportPlan_DefaultDate_IsRefusedNamingTheField(string field)
    {
        var s = Plan();
        var done = s.Measures.Select((m, i) => (m, i)).First(x => x.m.DoneOn is not null).i;
        var broken = field switch
        {
            "SupportPlan.OpenedOn" => s with { OpenedOn = default },
            "SupportPlan.ClosedOn" => s with { ClosedOn = default(LocalDate) },
            "SupportMeasure.Date" => s with { Measures = [.. s.Measures.Take(done), s.Measures[done] with { Date = default }, .. s.Measures.Skip(done + 1)] },
            "SupportMeasure.DoneOn" => s with { Measures = [.. s.Measures.Take(done), s.Measures[done] with { DoneOn = default(LocalDate) }, .. s.Measures.Skip(done + 1)] },
            _ => s with { Searches = [s.Searches[0] with { On = default }] },
        };

        var act = () => SupportPlan.FromSnapshot(broken);

        act.Should().Throw<ArgumentException>().WithParameterName(field).WithMessage("*0001-01-01*");
    }

    [Fact]
    public void SupportPlan_SchemaVersion_IsWrittenAndAnUnknownOneRefused()
    {
        var s = Plan();
        s.SchemaVersion.Should().Be(Mentorship.Domain.Common.SnapshotSchema.Current);
        Json.Write(SupportPlan.FromSnapshot(Json.RoundTrip(s)).ToSnapshot()).Should().Be(Json.Write(s));

        var newer = () => SupportPlan.FromSnapshot(s with { SchemaVersion = 2 });

        newer.Should().Throw<ArgumentException>().WithParameterName("SupportPlan.SchemaVersion");
    }

    public static TheoryData<string, Func<PersonalizedProgramSnapshot, PersonalizedProgramSnapshot?>> ProgrammeStatuses() => new()
    {
        { "draft, evaluated", p => p.Status == ProgramStatus.Completed ? p with { Status = ProgramStatus.Draft } : null },
        { "draft, closed", p => p.Status == ProgramStatus.Closed ? p with { Status = ProgramStatus.Draft } : null },
        { "approved, not approved on a day", p => p.Status == ProgramStatus.Approved ? p with { ApprovedOn = null } : null },
        { "approved, evaluated", p => p.Status == ProgramStatus.Completed ? p with { Status = ProgramStatus.Approved } : null },
        { "approved, closed", p => p.Status == ProgramStatus.Closed ? p with { Status = ProgramStatus.Approved } : null },
        { "completed, without an evaluation", p => p.Status == ProgramStatus.Approved ? p with { Status = ProgramStatus.Completed } : null },
        { "completed, never approved", p => p.Status == ProgramStatus.Completed ? p with { ApprovedOn = null } : null },
        { "completed, closed", p => p.Status == ProgramStatus.Completed ? p with { ClosedOn = new LocalDate(2027, 5, 31) } : null },
        { "closed, without a day", p => p.Status == ProgramStatus.Approved ? p with { Status = ProgramStatus.Closed } : null },
        { "closed, evaluated", p => p.Status == ProgramStatus.Completed ? p with { Status = ProgramStatus.Closed, ClosedOn = new LocalDate(2027, 5, 31) } : null },
        { "erased mentees below zero", p => p with { ErasedMentees = -1 } },
    };

    [Theory]
    [MemberData(nameof(ProgrammeStatuses))]
    public void Programme_StatusAgainstItsDays_IsRefusedAndEveryTrueStatusRestored(string corruption, Func<PersonalizedProgramSnapshot, PersonalizedProgramSnapshot?> corrupt)
    {
        foreach (var s in ProgrammesOfEveryStatus())
        {
            Json.Write(PersonalizedProgram.FromSnapshot(s).ToSnapshot()).Should().Be(Json.Write(s), $"a {s.Status} programme restores");
            if (corrupt(s) is { } broken)
            {
                var act = () => PersonalizedProgram.FromSnapshot(broken);
                act.Should().Throw<ArgumentException>(corruption).WithParameterName("snapshot");
            }
        }
    }

    public static TheoryData<string, SupportPlanStatus, string?, bool> PlanStatuses() => new()
    {
        { "open, closed on a day", SupportPlanStatus.Open, "2026-12-01", false },
        { "open, with a unit", SupportPlanStatus.Open, null, true },
        { "pair found, without a day", SupportPlanStatus.PairFound, null, true },
        { "pair found, without a unit", SupportPlanStatus.PairFound, "2026-12-01", false },
        { "closed, without a day", SupportPlanStatus.Closed, null, false },
        { "closed, with a unit", SupportPlanStatus.Closed, "2026-12-01", true },
    };

    [Theory]
    [MemberData(nameof(PlanStatuses))]
    public void SupportPlan_StatusAgainstItsDayAndUnit_IsRefused(string corruption, SupportPlanStatus status, string? closedOn, bool withUnit)
    {
        var s = Plan() with
        {
            Status = status,
            ClosedOn = closedOn is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(closedOn).Value,
            Unit = withUnit ? "2026-001" : null,
        };

        var act = () => SupportPlan.FromSnapshot(s);

        act.Should().Throw<ArgumentException>(corruption).WithParameterName("snapshot");
        SupportPlan.FromSnapshot(s with { Status = SupportPlanStatus.PairFound, ClosedOn = new LocalDate(2026, 12, 1), Unit = "2026-001" }).Unit!.Value.Value.Should().Be("2026-001");
        SupportPlan.FromSnapshot(s with { Status = SupportPlanStatus.Open, ClosedOn = null, Unit = null }).Status.Should().Be(SupportPlanStatus.Open);
    }

    /// <summary>A programme in each status: draft, approved, completed and closed.</summary>
    private static PersonalizedProgramSnapshot[] ProgrammesOfEveryStatus()
    {
        var draft = Program(Running(Register(), "T01", "S01"));
        var completed = Program(Running(Register(), "T01", "S01"));
        completed.Approve(OrderDate);
        completed.Complete(new ProgramEvaluation(SchoolYear.End, Mentorship.Domain.Pairing.MentoringOutcome.Achieved, "выводы")).IsAccepted.Should().BeTrue();
        var closed = Program(Running(Register(), "T01", "S01"));
        closed.Approve(OrderDate);
        closed.Close(new LocalDate(2026, 12, 1)).IsAccepted.Should().BeTrue();
        return [draft.ToSnapshot(), Programme(), completed.ToSnapshot(), closed.ToSnapshot()];
    }
}
