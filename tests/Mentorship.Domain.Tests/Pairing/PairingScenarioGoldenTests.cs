using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Mentorship.Domain.Common;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

/// <summary>
/// A school year of one register told command by command, accepted and refused, kept as an approved text in
/// <c>Pairing/Golden/</c>: what each command answered (the codes and structured arguments of every violation, the
/// warnings of a proposal, the order issued), the events it raised, the mentors' loads along the year and the snapshot
/// the register ends with. The rule tests say why each answer is right; this one notices any answer, date, number or
/// field that changes. <c>MENTORSHIP_WRITE_DOCS=1</c> rewrites it after an intended change.
/// </summary>
public class PairingScenarioGoldenTests
{
    private static readonly LocalDate ChangeOrderDate = new(2026, 11, 20);
    private static readonly LocalDate ChangeDay = new(2026, 11, 23);
    private static readonly JsonSerializerOptions Compact = new(Json.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    [Fact]
    public void SchoolYear_EveryAnswerEventAndTheSnapshot_AreApproved()
    {
        var register = Register(new PairingPolicy(defaultCapacity: 2, groupPlaces: 1, maxGroupSize: 4));
        var log = new StringBuilder();

        Step(log, register, "capacity T01 = 3", register.SetMentorCapacity(Id("T01"), 3, ProposedOn));
        Step(log, register, "capacity T02 = 0", register.SetMentorCapacity(Id("T02"), 0, ProposedOn));
        Step(log, register, "external mentor X01", register.RegisterExternalMentor(Id("X01"), OrganizationId.From("org2"), 1, ProposedOn));
        var pair = Proposed(log, register, "propose T01 → S01", new PairProposal(Id("T01"), [Id("S01")], MentorshipForm.Individual, SchoolYear))!;
        Proposed(log, register, "propose T02 → S01 again", new PairProposal(Id("T02"), [Id("S01")], MentorshipForm.Individual, SchoolYear));
        Proposed(log, register, "propose group of one", new PairProposal(Id("T03"), [Id("S09")], MentorshipForm.Group, SchoolYear));
        Proposed(log, register, "propose group of five", new PairProposal(Id("T03"), new[] { "S05", "S06", "S07", "S08", "S09" }.Select(Id).ToArray(), MentorshipForm.Group, SchoolYear));
        Proposed(log, register, "propose mentor as own mentee", new PairProposal(Id("T03"), [Id("T03")], MentorshipForm.Individual, SchoolYear));
        Proposed(log, register, "propose outside the year", new PairProposal(Id("T03"), [Id("S09")], MentorshipForm.Individual, new DateInterval(new LocalDate(2027, 8, 1), new LocalDate(2027, 9, 30))));
        var group = Proposed(log, register, "propose group T03 → S02, S03, S04", new PairProposal(Id("T03"), new[] { "S02", "S03", "S04" }.Select(Id).ToArray(), MentorshipForm.Group, SchoolYear))!;
        var external = Proposed(log, register, "propose virtual X01 → S05", new PairProposal(Id("X01"), [Id("S05")], MentorshipForm.Virtual, SchoolYear))!;
        var spare = Proposed(log, register, "propose T01 → S06", new PairProposal(Id("T01"), [Id("S06")], MentorshipForm.Individual, SchoolYear))!;

        Step(log, register, "fixing order before consents", register.IssueFixingOrder(new OrderReference("1-од", OrderDate), [pair.Id]));
        Step(log, register, "mentor agreement of another form", register.RecordMentorAgreement(pair.Id, Agreement(pair.Period, MentorshipForm.Group)));
        Step(log, register, "mentor agreement for a shorter period", register.RecordMentorAgreement(pair.Id, Agreement(new DateInterval(new LocalDate(2026, 10, 1), SchoolYear.End))));
        foreach (var unit in new[] { pair, group, external })
        {
            Step(log, register, $"mentor agreement of {unit.Id}", register.RecordMentorAgreement(unit.Id, Agreement(unit.Period, unit.Form)));
            foreach (var mentee in unit.Mentees)
            {
                Step(log, register, $"consent of {mentee} to {unit.Id}", register.RecordMenteeConsent(unit.Id, mentee, MenteeConsent()));
            }
        }

        Step(log, register, "consent of a stranger", register.RecordMenteeConsent(pair.Id, Id("S99"), MenteeConsent()));
        Step(log, register, "fixing order with an unconsented unit", register.IssueFixingOrder(new OrderReference("1-од", OrderDate), [pair.Id, spare.Id]));
        Step(log, register, "fixing order", register.IssueFixingOrder(new OrderReference("1-од", OrderDate), [pair.Id, group.Id, external.Id]));
        Step(log, register, "fixing order with a number taken", register.IssueFixingOrder(new OrderReference("1-од", OrderDate), [spare.Id]));
        Step(log, register, "cancel the spare proposal", register.Cancel(spare.Id, OrderDate));
        Step(log, register, "activate before the period", register.Activate(pair.Id, new LocalDate(2026, 8, 31)));
        foreach (var unit in new[] { pair, group, external })
        {
            Step(log, register, $"activate {unit.Id}", register.Activate(unit.Id, Start));
        }

        Step(log, register, "activate twice", register.Activate(pair.Id, Start));
        Loads(log, register, new LocalDate(2026, 9, 15));

        Step(log, register, "join S06 to the group", register.AddMenteeToGroup(group.Id, new MenteeJoinRequest(Id("S06"), ChangeDay, MenteeConsent(ChangeOrderDate), new OrderReference("2-од", ChangeOrderDate))));
        Step(log, register, "join S01 who has a pair", register.AddMenteeToGroup(group.Id, new MenteeJoinRequest(Id("S01"), ChangeDay, MenteeConsent(ChangeOrderDate), new OrderReference("3-од", ChangeOrderDate))));
        Step(log, register, "release S02 from the group", register.ReleaseMenteeFromGroup(group.Id, new MenteeReleaseRequest(Id("S02"), ChangeDay, MenteeLeavingGrounds.JustifiedRequestOfMentee, new OrderReference("3-од", ChangeOrderDate))));
        Step(log, register, "replace with short notice and an individual agreement", register.ReplaceMentor(group.Id, Replacement(register, "T04", new LocalDate(2027, 1, 14), new LocalDate(2027, 1, 18))));
        var groupAgreement = Agreement(new DateInterval(new LocalDate(2027, 1, 18), SchoolYear.End), MentorshipForm.Group, new LocalDate(2027, 1, 11));
        Step(log, register, "replace the group's mentor", register.ReplaceMentor(group.Id, new MentorReplacementRequest(
            Id("T04"), ReplacementGrounds.MentorLeftJob, new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18), groupAgreement, new OrderReference("4-од", new LocalDate(2027, 1, 11)))));
        Step(log, register, "terminate with short notice", register.TerminateEarly(external.Id, Termination(register, new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 2))));
        Step(log, register, "terminate the virtual pair", register.TerminateEarly(external.Id, Termination(register, new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 8), EarlyTerminationGrounds.GoalReachedEarly)));
        Step(log, register, "complete before the end", register.Complete(pair.Id, new LocalDate(2027, 3, 1), MentoringOutcome.Achieved));
        Step(log, register, "withdraw S03's consent", register.WithdrawPersonalDataConsent(Id("S03"), new LocalDate(2027, 3, 10), Withdrawal(register, new LocalDate(2027, 3, 10))));
        Loads(log, register, new LocalDate(2027, 3, 15));
        Step(log, register, "complete the pair", register.Complete(pair.Id, SchoolYear.End, MentoringOutcome.Achieved));
        Step(log, register, "complete the group", register.Complete(group.Id, SchoolYear.End, MentoringOutcome.PartlyAchieved));
        Step(log, register, "complete the pair again", register.Complete(pair.Id, SchoolYear.End, MentoringOutcome.Achieved));

        log.Append("\nSnapshot:\n").Append(JsonSerializer.Serialize(register.ToSnapshot(), Indented)).Append('\n');
        Golden.Check("Pairing", "school-year.txt", log.ToString());
    }

    private static MentoringUnit? Proposed(StringBuilder log, PairingRegister register, string step, PairProposal proposal)
    {
        var outcome = register.Propose(proposal, ProposedOn);
        log.Append(CultureInfo.InvariantCulture, $"\n> {step}\n");
        if (outcome.IsProposed)
        {
            log.Append(CultureInfo.InvariantCulture, $"proposed {outcome.Unit.Id} ({outcome.Unit.Form}, {outcome.Unit.Status})\n");
        }
        else if (outcome.NeedsAcknowledgement)
        {
            foreach (var warning in outcome.Acknowledgement.Warnings)
            {
                log.Append(CultureInfo.InvariantCulture, $"acknowledge {warning.Rule} {warning.Code}: {warning.Message}\n");
            }
        }
        else
        {
            Refused(log, outcome.Rejection);
        }

        Events(log, register);
        return outcome.IsProposed ? outcome.Unit : null;
    }

    private static void Step(StringBuilder log, PairingRegister register, string step, CommandResult result)
    {
        log.Append(CultureInfo.InvariantCulture, $"\n> {step}\n");
        if (result.IsAccepted)
        {
            log.Append("accepted\n");
        }
        else
        {
            Refused(log, result.Rejection);
        }

        Events(log, register);
    }

    private static void Step<T>(StringBuilder log, PairingRegister register, string step, Outcome<T> result)
    {
        log.Append(CultureInfo.InvariantCulture, $"\n> {step}\n");
        if (result.IsAccepted)
        {
            var value = result.Value is AdministrativeOrder order ? order.ToString() : JsonSerializer.Serialize(result.Value, Compact);
            log.Append(CultureInfo.InvariantCulture, $"accepted: {value}\n");
        }
        else
        {
            Refused(log, result.Rejection);
        }

        Events(log, register);
    }

    private static void Refused(StringBuilder log, Rejection rejection)
    {
        foreach (var violation in rejection.Violations)
        {
            log.Append(CultureInfo.InvariantCulture, $"refused {violation.Code} ({string.Join("; ", violation.Arguments.Select(a => $"{a.Name}:{a.Kind}={a.Value}"))})\n");
        }
    }

    private static void Events(StringBuilder log, PairingRegister register)
    {
        foreach (var e in register.DequeueEvents())
        {
            log.Append(CultureInfo.InvariantCulture, $"event {e.GetType().Name} {JsonSerializer.Serialize(e, e.GetType(), Compact)}\n");
        }
    }

    private static void Loads(StringBuilder log, PairingRegister register, LocalDate on)
    {
        log.Append(CultureInfo.InvariantCulture, $"\nloads on {on:dd.MM.yyyy}:\n");
        foreach (var mentor in new[] { "T01", "T02", "T03", "T04", "X01" }.Select(Id))
        {
            log.Append(CultureInfo.InvariantCulture,
                $"{mentor}: capacity {register.CapacityOf(mentor)}, load {register.LoadOn(mentor, on)}, peak {register.PeakLoad(mentor, SchoolYear)}, free {register.FreePlaces(mentor, SchoolYear)}, units {string.Join(", ", register.UnitsOf(mentor).Select(u => u.Id))}\n");
        }

        foreach (var mentee in new[] { "S01", "S02", "S05", "S06" }.Select(Id))
        {
            log.Append(CultureInfo.InvariantCulture, $"{mentee}: unit {register.UnitOfMenteeOn(mentee, on)?.Id.ToString() ?? "-"}\n");
        }
    }
}
