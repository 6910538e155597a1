using System.Text.Json;
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

    [Fact]
    public void SchoolYear_EveryAnswerEventAndTheSnapshot_AreApproved()
    {
        var register = Register(new PairingPolicy(defaultCapacity: 2, groupPlaces: 1, maxGroupSize: 4));
        var log = new CommandLog();

        log.Step(register, "capacity T01 = 3", register.SetMentorCapacity(Id("T01"), 3, ProposedOn));
        log.Step(register, "capacity T02 = 0", register.SetMentorCapacity(Id("T02"), 0, ProposedOn));
        log.Step(register, "external mentor X01", register.RegisterExternalMentor(Id("X01"), OrganizationId.From("org2"), 1, ProposedOn));
        var pair = Proposed(log, register, "propose T01 → S01", new PairProposal(Id("T01"), [Id("S01")], MentorshipForm.Individual, SchoolYear))!;
        Proposed(log, register, "propose T02 → S01 again", new PairProposal(Id("T02"), [Id("S01")], MentorshipForm.Individual, SchoolYear));
        Proposed(log, register, "propose group of one", new PairProposal(Id("T03"), [Id("S09")], MentorshipForm.Group, SchoolYear));
        Proposed(log, register, "propose group of five", new PairProposal(Id("T03"), new[] { "S05", "S06", "S07", "S08", "S09" }.Select(Id).ToArray(), MentorshipForm.Group, SchoolYear));
        Proposed(log, register, "propose mentor as own mentee", new PairProposal(Id("T03"), [Id("T03")], MentorshipForm.Individual, SchoolYear));
        Proposed(log, register, "propose outside the year", new PairProposal(Id("T03"), [Id("S09")], MentorshipForm.Individual, new DateInterval(new LocalDate(2027, 8, 1), new LocalDate(2027, 9, 30))));
        var group = Proposed(log, register, "propose group T03 → S02, S03, S04", new PairProposal(Id("T03"), new[] { "S02", "S03", "S04" }.Select(Id).ToArray(), MentorshipForm.Group, SchoolYear))!;
        var external = Proposed(log, register, "propose virtual X01 → S05", new PairProposal(Id("X01"), [Id("S05")], MentorshipForm.Virtual, SchoolYear))!;
        var spare = Proposed(log, register, "propose T01 → S06", new PairProposal(Id("T01"), [Id("S06")], MentorshipForm.Individual, SchoolYear))!;

        log.Step(register, "fixing order before consents", register.IssueFixingOrder(new OrderReference("1-од", OrderDate), [pair.Id]));
        log.Step(register, "mentor agreement of another form", register.RecordMentorAgreement(pair.Id, Agreement(pair.Period, MentorshipForm.Group)));
        log.Step(register, "mentor agreement for a shorter period", register.RecordMentorAgreement(pair.Id, Agreement(new DateInterval(new LocalDate(2026, 10, 1), SchoolYear.End))));
        foreach (var unit in new[] { pair, group, external })
        {
            log.Step(register, $"mentor agreement of {unit.Id}", register.RecordMentorAgreement(unit.Id, Agreement(unit.Period, unit.Form)));
            foreach (var mentee in unit.Mentees)
            {
                log.Step(register, $"consent of {mentee} to {unit.Id}", register.RecordMenteeConsent(unit.Id, mentee, MenteeConsent()));
            }
        }

        log.Step(register, "consent of a stranger", register.RecordMenteeConsent(pair.Id, Id("S99"), MenteeConsent()));
        log.Step(register, "fixing order with an unconsented unit", register.IssueFixingOrder(new OrderReference("1-од", OrderDate), [pair.Id, spare.Id]));
        log.Step(register, "fixing order", register.IssueFixingOrder(new OrderReference("1-од", OrderDate), [pair.Id, group.Id, external.Id]));
        log.Step(register, "fixing order with a number taken", register.IssueFixingOrder(new OrderReference("1-од", OrderDate), [spare.Id]));
        log.Step(register, "cancel the spare proposal", register.Cancel(spare.Id, OrderDate));
        log.Step(register, "activate before the period", register.Activate(pair.Id, new LocalDate(2026, 8, 31)));
        foreach (var unit in new[] { pair, group, external })
        {
            log.Step(register, $"activate {unit.Id}", register.Activate(unit.Id, Start));
        }

        log.Step(register, "activate twice", register.Activate(pair.Id, Start));
        Loads(log, register, new LocalDate(2026, 9, 15));

        log.Step(register, "join S06 to the group", register.AddMenteeToGroup(group.Id, new MenteeJoinRequest(Id("S06"), ChangeDay, MenteeConsent(ChangeOrderDate), new OrderReference("2-од", ChangeOrderDate))));
        log.Step(register, "join S01 who has a pair", register.AddMenteeToGroup(group.Id, new MenteeJoinRequest(Id("S01"), ChangeDay, MenteeConsent(ChangeOrderDate), new OrderReference("3-од", ChangeOrderDate))));
        log.Step(register, "release S02 from the group", register.ReleaseMenteeFromGroup(group.Id, new MenteeReleaseRequest(Id("S02"), ChangeDay, MenteeLeavingGrounds.JustifiedRequestOfMentee, new OrderReference("3-од", ChangeOrderDate))));
        log.Step(register, "replace with short notice and an individual agreement", register.ReplaceMentor(group.Id, Replacement(register, "T04", new LocalDate(2027, 1, 14), new LocalDate(2027, 1, 18))));
        var groupAgreement = Agreement(new DateInterval(new LocalDate(2027, 1, 18), SchoolYear.End), MentorshipForm.Group, new LocalDate(2027, 1, 11));
        log.Step(register, "replace the group's mentor", register.ReplaceMentor(group.Id, new MentorReplacementRequest(
            Id("T04"), ReplacementGrounds.MentorLeftJob, new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18), groupAgreement, new OrderReference("4-од", new LocalDate(2027, 1, 11)))));
        log.Step(register, "terminate with short notice", register.TerminateEarly(external.Id, Termination(register, new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 2))));
        log.Step(register, "terminate the virtual pair", register.TerminateEarly(external.Id, Termination(register, new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 8), EarlyTerminationGrounds.GoalReachedEarly)));
        log.Step(register, "complete before the end", register.Complete(pair.Id, new LocalDate(2027, 3, 1), MentoringOutcome.Achieved));
        log.Step(register, "withdraw S03's consent", register.WithdrawPersonalDataConsent(Id("S03"), new LocalDate(2027, 3, 10), Withdrawal(register, new LocalDate(2027, 3, 10))), w => JsonSerializer.Serialize(w, CommandLog.Compact));
        Loads(log, register, new LocalDate(2027, 3, 15));
        log.Step(register, "complete the pair", register.Complete(pair.Id, SchoolYear.End, MentoringOutcome.Achieved));
        log.Step(register, "complete the group", register.Complete(group.Id, SchoolYear.End, MentoringOutcome.PartlyAchieved));
        log.Step(register, "complete the pair again", register.Complete(pair.Id, SchoolYear.End, MentoringOutcome.Achieved));

        log.Append("\nSnapshot:\n").Append(JsonSerializer.Serialize(register.ToSnapshot(), CommandLog.Indented)).Append("\n");
        Golden.Check("Pairing", "school-year.txt", log.ToString());
    }

    private static MentoringUnit? Proposed(CommandLog log, PairingRegister register, string step, PairProposal proposal)
    {
        var outcome = register.Propose(proposal, ProposedOn);
        log.Begin(step);
        if (outcome.IsProposed)
        {
            log.Append(FormattableString.Invariant($"proposed {outcome.Unit.Id} ({outcome.Unit.Form}, {outcome.Unit.Status})\n"));
        }
        else if (outcome.NeedsAcknowledgement)
        {
            foreach (var warning in outcome.Acknowledgement.Warnings)
            {
                log.Append(FormattableString.Invariant($"acknowledge {warning.Rule} {warning.Code}: {warning.Message}\n"));
            }
        }
        else
        {
            log.Refused(outcome.Rejection);
        }

        log.Events(register);
        return outcome.IsProposed ? outcome.Unit : null;
    }

    private static void Loads(CommandLog log, PairingRegister register, LocalDate on)
    {
        log.Append(FormattableString.Invariant($"\nloads on {on:dd.MM.yyyy}:\n"));
        foreach (var mentor in new[] { "T01", "T02", "T03", "T04", "X01" }.Select(Id))
        {
            log.Append(FormattableString.Invariant(
                $"{mentor}: capacity {register.CapacityOf(mentor)}, load {register.LoadOn(mentor, on)}, peak {register.PeakLoad(mentor, SchoolYear)}, free {register.FreePlaces(mentor, SchoolYear)}, units {string.Join(", ", register.UnitsOf(mentor).Select(u => u.Id))}\n"));
        }

        foreach (var mentee in new[] { "S01", "S02", "S05", "S06" }.Select(Id))
        {
            log.Append(FormattableString.Invariant($"{mentee}: unit {register.UnitOfMenteeOn(mentee, on)?.Id.ToString() ?? "-"}\n"));
        }
    }
}
