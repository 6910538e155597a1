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
}
