using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.Pairing;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Monitoring.Facts;

/// <summary>Each mentee's own days in a programme: the fact's rules and the adapter from the Pairing register.</summary>
public class MenteeSpanTests
{
    private static readonly LocalDate ChangeDay = GroupMembershipTests.ChangeDay;

    private static ProgrammeFact Group(LocalDate? closedOn = null, params MenteeSpanFact[] spans) =>
        new("G1", Build.Org, MentorshipForm.Group, Id("T01"), [Id("S01"), Id("S02")], Start, SchoolYear.End, closedOn,
            closedOn is null ? null : ProgrammeClosure.CompletedDone, menteeSpans: spans);

    [Fact]
    public void Add_PairingRegister_CarriesTheSpansOfJoinedReleasedAndMovedMentees()
    {
        var register = Register();
        var from = Running(register, "T01", "S01", "S02", "S03", "S06");
        var to = Running(register, "T02", "S04", "S05");
        register.MoveMentee(from.Id, to.Id, GroupMembershipTests.Join(register, "S03")).IsAccepted.Should().BeTrue();
        register.ReleaseMenteeFromGroup(from.Id, GroupMembershipTests.Release(register, "S02")).IsAccepted.Should().BeTrue();
        register.AddMenteeToGroup(to.Id, GroupMembershipTests.Join(register, "S07")).IsAccepted.Should().BeTrue();
        register.Complete(from.Id, SchoolYear.End, MentoringOutcome.Achieved).IsAccepted.Should().BeTrue();

        var facts = new MonitoringFactsBuilder().Add(register).Build();

        var left = facts.FindProgramme(from.Id.Value)!;
        left.MenteeSpans.Select(s => (s.Mentee.Value, s.From, s.Through)).Should().Equal(
            ("S01", Start, (LocalDate?)null),
            ("S06", Start, null),
            ("S03", Start, ChangeDay.PlusDays(-1)),
            ("S02", Start, ChangeDay));
        left.Closure.Should().Be(ProgrammeClosure.CompletedDone, "the group's closure, whoever left it");
        var joined = facts.FindProgramme(to.Id.Value)!;
        joined.MenteeSpans.Select(s => (s.Mentee.Value, s.From, s.Through)).Should().Equal(
            ("S04", Start, (LocalDate?)null),
            ("S05", Start, null),
            ("S03", ChangeDay, null),
            ("S07", ChangeDay, null));
        joined.IsMenteeOn(Id("S03"), ChangeDay.PlusDays(-1)).Should().BeFalse();
        left.IsMenteeOn(Id("S03"), ChangeDay.PlusDays(-1)).Should().BeTrue();
        left.IsMenteeOn(Id("S03"), ChangeDay).Should().BeFalse();
    }

    [Fact]
    public void Constructor_NoSpans_EveryMenteeFromTheStartToTheProgrammesLastDay()
    {
        var p = Group(closedOn: new LocalDate(2027, 5, 28));

        p.MenteeSpans.Select(s => (s.Mentee.Value, s.From, s.Through)).Should().Equal(("S01", Start, (LocalDate?)null), ("S02", Start, null));
        p.IsMenteeOn(Id("S02"), new LocalDate(2027, 5, 28)).Should().BeTrue();
        p.IsMenteeOn(Id("S02"), new LocalDate(2027, 5, 29)).Should().BeFalse("the programme closed the day before");
        p.IsMenteeOn(Id("T01"), Start).Should().BeFalse("the mentor is not a mentee");
    }

    [Fact]
    public void WasMenteeDuring_ReadsTheMenteesOwnDays()
    {
        var p = Group(null, new MenteeSpanFact(Id("S02"), new LocalDate(2026, 11, 23), new LocalDate(2027, 2, 26)));

        p.WasMenteeDuring(Id("S02"), new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2026, 11, 22))).Should().BeFalse();
        p.WasMenteeDuring(Id("S02"), new DateInterval(new LocalDate(2027, 2, 26), new LocalDate(2027, 3, 31))).Should().BeTrue();
        p.WasMenteeDuring(Id("S02"), new DateInterval(new LocalDate(2027, 2, 27), new LocalDate(2027, 3, 31))).Should().BeFalse();
        p.WasMenteeDuring(Id("S01"), new DateInterval(new LocalDate(2030, 1, 1), new LocalDate(2030, 1, 1))).Should().BeTrue("open programme");
    }

    [Fact]
    public void Constructor_SpanOfSomeoneElseOrTwice_Throws()
    {
        var act1 = () => Group(null, new MenteeSpanFact(Id("S09"), Start));
        var act2 = () => Group(null, new MenteeSpanFact(Id("S01"), Start), new MenteeSpanFact(Id("S01"), Start.PlusDays(3)));

        act1.Should().Throw<ArgumentException>().WithParameterName("menteeSpans");
        act2.Should().Throw<ArgumentException>().WithParameterName("menteeSpans");
    }

    [Fact]
    public void Constructor_SpanOutsideTheActiveDays_Throws()
    {
        var closed = new LocalDate(2027, 5, 28);
        var beforeStart = () => Group(null, new MenteeSpanFact(Id("S01"), Start.PlusDays(-1)));
        var afterClosing = () => Group(closed, new MenteeSpanFact(Id("S01"), Start, closed.PlusDays(1)));
        var joinsAfterClosing = () => Group(closed, new MenteeSpanFact(Id("S01"), closed.PlusDays(1)));

        beforeStart.Should().Throw<ArgumentException>().WithParameterName("menteeSpans");
        afterClosing.Should().Throw<ArgumentException>().WithParameterName("menteeSpans");
        joinsAfterClosing.Should().Throw<ArgumentException>().WithParameterName("menteeSpans");
    }

    [Fact]
    public void MenteeSpanFact_Reversed_Throws()
    {
        var act = () => new MenteeSpanFact(Id("S01"), Start, Start.PlusDays(-1));

        act.Should().Throw<ArgumentException>().WithParameterName("through");
    }

    [Fact]
    public void RespondentRule_MenteeWhoLeftTheGroup_AnswersAsAMenteeNotAsACoordinator()
    {
        var p = Group(null, new MenteeSpanFact(Id("S02"), Start, new LocalDate(2026, 12, 18)));

        RespondentRule.Check(RespondentRole.Mentee, Id("S02"), p, "r1").Should().BeNull();
        RespondentRule.Check(RespondentRole.Coordinator, Id("S02"), p, "r2")!.Code.Should().Be(RespondentRule.NotInRole);
    }
}
