using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

/// <summary>
/// A caller's mistake with the pairing register (a null request or part of one, a default identifier, a value outside
/// an enumeration, a year out of range) is an argument exception naming the argument, thrown before anything changes:
/// never a refusal, never a null dereference.
/// </summary>
public class PairingGuardTests
{
    private static readonly LocalDate Notice = new(2026, 10, 30);
    private static readonly OrderReference Order = new("9-од", Notice);

    private static (PairingRegister Register, MentoringUnitId Pair, MentoringUnitId Group) Running()
    {
        var register = Register();
        var pair = PairingBuild.Running(register, "T01", "S01");
        var group = PairingBuild.Running(register, "T02", "S02", "S03");
        register.DequeueEvents();
        return (register, pair.Id, group.Id);
    }

    private static EarlyTerminationRequest Termination() => new(Notice, TerminationInitiator.Employer, EarlyTerminationGrounds.JustifiedRequestOfMentee, Notice.PlusDays(7), Order);

    private static MentorReplacementRequest Replacement() => new(Id("T05"), ReplacementGrounds.MentorLeftJob, Notice, Notice.PlusDays(7), Agreement(), Order);

    private static MenteeJoinRequest Join() => new(Id("S09"), Notice.PlusDays(7), MenteeConsent(Notice), Order);

    private static MenteeReleaseRequest Release() => new(Id("S03"), Notice.PlusDays(7), MenteeLeavingGrounds.MenteeLeftJob, Order);

    private static PairProposal Proposal() => new(Id("T04"), [Id("S04")], MentorshipForm.Individual, SchoolYear);

    public static TheoryData<string, Action> CallerMistakes() => new()
    {
        { "organizationId", () => PairingRegister.Open(default, 2026, RussianProductionCalendar.Default) },
        { "year", () => PairingRegister.Open(Build.Org, 1989, RussianProductionCalendar.Default) },
        { "year", () => PairingRegister.Open(Build.Org, 2201, RussianProductionCalendar.Default) },
        { "calendar", () => PairingRegister.Open(Build.Org, 2026, null!) },
        { "others", () => Register().Consult(null!) },
        { "others", () => Register().Consult([null!]) },
        { "period", () => Register().PeakLoad(Id("T01"), null!) },
        { "period", () => Register().FreePlaces(Id("T01"), null!) },
        { "mentor", () => Register().SetMentorCapacity(default, 2, Notice) },
        { "mentor", () => Register().RegisterExternalMentor(default, OrganizationId.From("sch2"), 1, Notice) },
        { "organization", () => Register().RegisterExternalMentor(Id("X01"), default, 1, Notice) },
        { "bank", () => Register().SetMentorCapacities(null!, Notice) },
        { "proposal", () => Register().Propose(null!, ProposedOn) },
        { "proposal", () => Register().Propose(Proposal() with { Mentees = null! }, ProposedOn) },
        { "proposal", () => Register().Propose(Proposal() with { Period = null! }, ProposedOn) },
        { "proposal", () => Register().Propose(Proposal() with { Mentor = default }, ProposedOn) },
        { "proposal", () => Register().Propose(Proposal() with { Form = (MentorshipForm)99 }, ProposedOn) },
        { "proposal", () => Register().Propose(Proposal() with { Participants = (ParticipantsForm)99 }, ProposedOn) },
        { "agreement", () => Running().Register.RecordMentorAgreement(Running().Pair, null!) },
        { "consent", () => Running().Register.RecordMenteeConsent(Running().Pair, Id("S01"), null!) },
        { "order", () => Register().IssueFixingOrder(null!, []) },
        { "units", () => Register().IssueFixingOrder(Order, null!) },
        { "outcome", () => Running().Register.Complete(Running().Pair, SchoolYear.End, (MentoringOutcome)99) },
        { "request", () => Running().Register.TerminateEarly(Running().Pair, null!) },
        { "request", () => Running().Register.TerminateEarly(Running().Pair, Termination() with { Order = null! }) },
        { "request", () => Running().Register.TerminateEarly(Running().Pair, Termination() with { Grounds = (EarlyTerminationGrounds)1000 }) },
        { "request", () => Running().Register.TerminateEarly(Running().Pair, Termination() with { InitiatedBy = (TerminationInitiator)99 }) },
        { "request", () => Running().Register.ReplaceMentor(Running().Pair, null!) },
        { "request", () => Running().Register.ReplaceMentor(Running().Pair, Replacement() with { Order = null! }) },
        { "request", () => Running().Register.ReplaceMentor(Running().Pair, Replacement() with { NewMentorAgreement = null! }) },
        { "request", () => Running().Register.ReplaceMentor(Running().Pair, Replacement() with { NewMentor = default }) },
        { "request", () => Running().Register.ReplaceMentor(Running().Pair, Replacement() with { Grounds = (ReplacementGrounds)99 }) },
        { "request", () => Running().Register.AddMenteeToGroup(Running().Group, null!) },
        { "request", () => Running().Register.AddMenteeToGroup(Running().Group, Join() with { Order = null! }) },
        { "request", () => Running().Register.AddMenteeToGroup(Running().Group, Join() with { Consent = null! }) },
        { "request", () => Running().Register.AddMenteeToGroup(Running().Group, Join() with { Mentee = default }) },
        { "request", () => Running().Register.ReleaseMenteeFromGroup(Running().Group, null!) },
        { "request", () => Running().Register.ReleaseMenteeFromGroup(Running().Group, Release() with { Order = null! }) },
        { "request", () => Running().Register.ReleaseMenteeFromGroup(Running().Group, Release() with { Mentee = default }) },
        { "request", () => Running().Register.ReleaseMenteeFromGroup(Running().Group, Release() with { Grounds = (MenteeLeavingGrounds)1000 }) },
        { "request", () => Running().Register.MoveMentee(Running().Group, Running().Pair, null!) },
        { "person", () => Running().Register.WithdrawPersonalDataConsent(default, Notice) },
    };

    [Theory]
    [MemberData(nameof(CallerMistakes))]
    public void CallerMistake_IsAnArgumentExceptionNamingTheArgument(string parameter, Action call)
    {
        call.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void CallerMistake_ChangesNothing()
    {
        var (register, pair, _) = Running();
        var before = Json.Write(register.ToSnapshot());

        var act = () => register.TerminateEarly(pair, Termination() with { Order = null! });

        act.Should().Throw<ArgumentException>();
        Json.Write(register.ToSnapshot()).Should().Be(before);
        register.DequeueEvents().Should().BeEmpty();
    }
}
