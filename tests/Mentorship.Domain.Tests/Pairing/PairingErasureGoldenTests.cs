using System.Text.Json;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

/// <summary>
/// Every way a withdrawal of consent to personal-data processing reaches a register, told as approved text
/// (<c>Pairing/Golden/erasure.txt</c>): a person the register does not know, a mentor known only by a capacity, a
/// withdrawal dated before a unit's last change, a mentee already released from a group, a group of two left without
/// an order and with one, a mentor with two pairs and a proposal, a mentee of a proposal, a mentor who took a pair over
/// and a mentee of a large group after another's release. Each scenario logs the answer (units ended, cancelled and left, mentees without a
/// pair, the pseudonym), the events in order, the units as their <c>ToString()</c> and the snapshot after.
/// </summary>
public class PairingErasureGoldenTests
{
    private static readonly LocalDate ReleaseOrderDate = new(2026, 11, 20);
    private static readonly LocalDate ReleaseDay = new(2026, 11, 23);
    private static readonly LocalDate Withdrawn = new(2026, 12, 1);

    [Fact]
    public void Withdrawal_EveryWayAPersonLeaves_IsApproved()
    {
        var log = new CommandLog();

        var register = Scenario(log, "a person the register does not know, and a mentor known by a capacity only");
        Running(register, "T01", "S01");
        register.SetMentorCapacity(Id("T09"), 1, ProposedOn);
        Withdraw(log, register, "S77", Withdrawn, order: false);
        Withdraw(log, register, "T09", Withdrawn, order: false);
        End(log, register);

        register = Scenario(log, "a withdrawal dated before the replacement that is the unit's last change");
        var unit = Running(register, "T01", "S01");
        register.ReplaceMentor(unit.Id, Replacement(register, "T02", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18)));
        Withdraw(log, register, "T02", new LocalDate(2027, 1, 15), order: true);
        Withdraw(log, register, "S01", new LocalDate(2027, 1, 15), order: true);
        Withdraw(log, register, "T02", new LocalDate(2027, 1, 18), order: true);
        End(log, register);

        register = Scenario(log, "a mentee released from a group before its later replacement");
        var group = Running(register, "T01", "S01", "S02", "S03");
        register.ReleaseMenteeFromGroup(group.Id, new MenteeReleaseRequest(Id("S02"), ReleaseDay, MenteeLeavingGrounds.JustifiedRequestOfMentee, new OrderReference("2-од", ReleaseOrderDate)));
        register.ReplaceMentor(group.Id, Replacement(register, "T02", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18), form: MentorshipForm.Group));
        Withdraw(log, register, "S02", Withdrawn, order: false);
        End(log, register);

        register = Scenario(log, "a mentee of a group of two, without an order and with one");
        Running(register, "T01", "S01", "S02");
        Withdraw(log, register, "S02", Withdrawn, order: false);
        Withdraw(log, register, "S02", Withdrawn, order: true);
        End(log, register);

        register = Scenario(log, "a mentor with two running pairs and a proposal");
        register.SetMentorCapacity(Id("T01"), 3, ProposedOn);
        Running(register, "T01", "S02");
        Running(register, "T01", "S01");
        Propose(register, "T01", "S03");
        Withdraw(log, register, "T01", Withdrawn, order: true);
        End(log, register);

        register = Scenario(log, "a mentee of a proposal, and a mentor of another");
        Propose(register, "T01", "S01");
        Propose(register, "T02", "S02");
        Withdraw(log, register, "S01", ProposedOn, order: false);
        Withdraw(log, register, "T02", ProposedOn, order: false);
        End(log, register);

        register = Scenario(log, "the mentor who took a pair over");
        unit = Running(register, "T01", "S01");
        register.ReplaceMentor(unit.Id, Replacement(register, "T02", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18)));
        Withdraw(log, register, "T02", new LocalDate(2027, 2, 1), order: true);
        End(log, register);

        register = Scenario(log, "a mentee of a group of four, one of whom was released");
        group = Running(register, "T01", "S01", "S02", "S03", "S04");
        register.ReleaseMenteeFromGroup(group.Id, new MenteeReleaseRequest(Id("S04"), ReleaseDay, MenteeLeavingGrounds.JustifiedRequestOfMentee, new OrderReference("2-од", ReleaseOrderDate)));
        Withdraw(log, register, "S01", ReleaseDay.PlusDays(-1), order: false);
        Withdraw(log, register, "S01", Withdrawn, order: false);
        End(log, register);

        Golden.Check("Pairing", "erasure.txt", log.ToString());
    }

    private static PairingRegister Scenario(CommandLog log, string title)
    {
        log.Append($"\n## {title}\n");
        return Register();
    }

    private static void Withdraw(CommandLog log, PairingRegister register, string person, LocalDate on, bool order)
    {
        register.DequeueEvents();
        var outcome = register.WithdrawPersonalDataConsent(Id(person), on, order ? Withdrawal(register, on) : null);
        log.Step(register, $"{person} withdraws on {on:dd.MM.yyyy}{(order ? " with an order" : string.Empty)}", outcome, w => JsonSerializer.Serialize(w, CommandLog.Compact));
    }

    private static void End(CommandLog log, PairingRegister register)
    {
        foreach (var unit in register.Units)
        {
            log.Append($"unit {unit} last change {unit.LastChangeOn:dd.MM.yyyy}\n");
        }

        log.Append(JsonSerializer.Serialize(register.ToSnapshot(), CommandLog.Compact)).Append("\n");
    }
}
