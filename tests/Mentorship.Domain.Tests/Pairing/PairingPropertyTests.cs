using CsCheck;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

/// <summary>
/// Random sequences of register commands, valid and invalid alike; after every command the invariants of the issue
/// hold, and a refused command leaves the register as it was.
/// </summary>
public class PairingPropertyTests
{
    private static readonly string[] Mentors = ["T1", "T2", "T3", "T4"];
    private static readonly string[] Mentees = ["S1", "S2", "S3", "S4", "S5", "T4"];
    private static readonly MentorshipForm[] Forms = [MentorshipForm.Individual, MentorshipForm.Group, MentorshipForm.Virtual, MentorshipForm.Team];
    private static readonly LocalDate Origin = new(2026, 8, 15);
    private static readonly IWorkingDayCalendar Calendar = RussianProductionCalendar.Default;

    /// <summary>A command: its kind, five small numbers the kind interprets, and the register it goes to (0: the previous year's, 1: this year's).</summary>
    internal sealed record Command(int Kind, int A, int B, int C, int D, int E, int R);

    private static readonly Gen<Command> GenCommand =
        Gen.Select(Gen.Int[0, 23], Gen.Int[0, 9], Gen.Int[0, 9], Gen.Int[0, 63], Gen.Int[0, 300], Gen.Int[0, 400], Gen.Int[0, 1])
            .Select(t => new Command(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7));

    [Fact]
    public void RandomCommands_KeepEveryInvariant_AndRefusalsChangeNothing()
    {
        // Two registers of consecutive years of one organisation, each consulting the other: the previous year's
        // units start some four months earlier, so that they overlap this year's; capacity and one unit per mentee
        // must hold across both.
        var reached = new int[9];
        GenCommand.Array[10, 45].Sample(commands =>
        {
            var policy = new PairingPolicy(defaultCapacity: 2, groupPlaces: 1, maxGroupSize: 3);
            var registers = new[] { PairingRegister.Open(Build.Org, Build.Year - 1, Calendar, policy), Register(policy) };
            registers[0].Consult(registers);
            registers[1].Consult(registers);
            var periods = new Dictionary<(int, MentoringUnitId), DateInterval>();
            foreach (var command in commands)
            {
                var register = registers[command.R];
                var before = registers.Select(r => Json.Write(r.ToSnapshot())).ToArray();
                var (accepted, withdrawn) = Run(register, command);
                var after = registers.Select(r => Json.Write(r.ToSnapshot())).ToArray();
                if (!accepted)
                {
                    after.Should().Equal(before, $"the refused command {command} changes nothing");
                }
                else
                {
                    after[1 - command.R].Should().Be(before[1 - command.R], "a command changes only its own register");
                }

                if (withdrawn is { } person)
                {
                    after[command.R].Should().NotContain($"\"{person.Value}\"", "no trace of a withdrawn person is left");
                }

                CheckInvariants(registers, periods);
            }

            foreach (var register in registers)
            {
                Interlocked.Add(ref reached[0], register.Units.Count(u => u.Status == MentoringUnitStatus.Active));
                Interlocked.Add(ref reached[1], register.Units.Count(u => u.Replacements.Count > 0));
                Interlocked.Add(ref reached[2], register.Units.Count(u => u.EarlyTermination is { Grounds: not EarlyTerminationGrounds.PersonalDataConsentWithdrawn }));
                Interlocked.Add(ref reached[3], register.Units.Count(u => u.EarlyTermination is { Grounds: EarlyTerminationGrounds.PersonalDataConsentWithdrawn }));
                Interlocked.Add(ref reached[4], register.Units.Count(u => u.ExternalMentors.Count > 0));
                Interlocked.Add(ref reached[5], register.Units.Count(u => u.Joinings.Count > 0));
                Interlocked.Add(ref reached[6], register.Units.Count(u => u.Leavings.Count > 0));
                Interlocked.Add(ref reached[7], register.Units.Count(u => u.Status == MentoringUnitStatus.Completed));
                Json.Write(PairingRegister.FromSnapshot(Json.RoundTrip(register.ToSnapshot()), Calendar).ToSnapshot())
                    .Should().Be(Json.Write(register.ToSnapshot()));
            }

            // Days on which one mentor leads in both registers, or one mentee is in both: the cross-year case was probed.
            var mentorDays = registers[0].Units.SelectMany(a => registers[1].Units.Where(b => b.Mentor == a.Mentor && a.Span is { } x && b.Span is { } y && x.Start <= y.End && y.Start <= x.End));
            Interlocked.Add(ref reached[8], mentorDays.Count());
        }, iter: 3000);

        // The generator reaches the later statuses, so the invariants above were checked on them. With 3,000 sequences
        // over two registers the rarest (an end by withdrawal, a completion) come up some 10–20 times a run; at 1,500
        // they came up 3–5 times and could miss.
        reached.Should().OnlyContain(n => n > 0, string.Join(",", reached));
    }

    [Fact]
    public void WithdrawPersonalDataConsent_ReachingRegisterAndProgrammes_LeavesNoTraceOfThePerson()
    {
        var gen = Gen.Select(Gen.Int[0, 3].Array[1, 6], Gen.Int[0, 9], Gen.Int[0, 30]);
        gen.Sample((mentorOf, personIndex, day) =>
        {
            // Pairs and groups of distinct mentees, each with a programme; then one person withdraws consent.
            var register = Register(new PairingPolicy(defaultCapacity: 6));
            var programmes = new List<PersonalizedProgram>();
            var next = 0;
            foreach (var m in mentorOf)
            {
                var size = m == 3 ? 3 : 1;
                var mentees = Enumerable.Range(next, size).Select(i => $"S{i}").ToArray();
                next += size;
                var unit = Running(register, $"T{m}", mentees);
                programmes.Add(ProgramBuild.Program(unit));
            }

            var people = register.Units.SelectMany(u => u.Mentees.Append(u.Mentor)).Distinct().ToArray();
            var person = people[personIndex % people.Length];
            register.DequeueEvents();

            register.WithdrawPersonalDataConsent(person, Start.PlusDays(day), Withdrawal(register, Start.PlusDays(day))).IsAccepted.Should().BeTrue();

            var erased = register.DequeueEvents().OfType<Mentorship.Domain.Pairing.Events.ParticipantErased>().Single();
            foreach (var programme in programmes.Where(p => erased.Units.Contains(p.UnitId)))
            {
                programme.EraseMentee(erased.Person, erased.Date);
            }

            var needle = $"\"{person.Value}\"";
            Json.Write(register.ToSnapshot()).Should().NotContain(needle);
            programmes.All(p => !Json.Write(p.ToSnapshot()).Contains(needle)).Should().BeTrue();
            register.Units.Where(u => u.IsOpen).All(u => u.HasAllConsents && !u.Involves(person)).Should().BeTrue("what goes on has its consents and not the person");
        });
    }

    private static void CheckInvariants(PairingRegister[] registers, Dictionary<(int, MentoringUnitId), DateInterval> periods)
    {
        // No mentor over capacity on any day, across both registers: on each day one of a register's own units of the
        // mentor runs, the places of both registers together are at most that register's capacity (recomputed from
        // the units' spans; the load only rises where a span starts). Pseudonyms are each register's own.
        var all = registers.SelectMany(r => r.Units.SelectMany(u => u.MentorSpans().Select(s => (Register: r, Mentor: s.Key, Span: s.Value, Places: u.PlacesTaken(r.Policy))))).ToArray();
        foreach (var mentor in all.Select(s => s.Mentor).Distinct().Where(m => !m.Value.StartsWith("anonymous-", StringComparison.Ordinal)))
        {
            var spans = all.Where(s => s.Mentor == mentor).ToArray();
            foreach (var register in registers)
            {
                foreach (var day in spans.Select(s => s.Span.Start).Where(d => spans.Any(s => s.Register == register && s.Span.Contains(d))))
                {
                    spans.Where(s => s.Span.Contains(day)).Sum(s => s.Places).Should().BeLessThanOrEqualTo(register.CapacityOf(mentor), $"{mentor} on {day} ({register.Year})");
                }
            }
        }

        // One unit per mentee at a time, across both registers.
        var menteeSpans = registers.SelectMany(r => r.Units)
            .SelectMany(u => u.Mentees.Concat(u.DepartedMentees).Distinct().Select(m => (m, Span: u.MenteeSpan(m))))
            .Where(x => x.Span is not null && !x.m.Value.StartsWith("anonymous-", StringComparison.Ordinal))
            .GroupBy(x => x.m);
        foreach (var group in menteeSpans)
        {
            var spans = group.Select(x => x.Span!).OrderBy(s => s.Start).ToArray();
            for (var i = 1; i < spans.Length; i++)
            {
                spans[i].Start.Should().BeGreaterThan(spans[i - 1].End, $"{group.Key} is in one unit at a time");
            }
        }

        for (var r = 0; r < registers.Length; r++)
        {
            CheckUnits(registers[r], r, periods);
        }
    }

    private static void CheckUnits(PairingRegister register, int index, Dictionary<(int, MentoringUnitId), DateInterval> periods)
    {
        var units = register.Units.ToArray();
        foreach (var unit in units)
        {
            // A mentor from another organisation leads only the virtual form, and the register knows their organisation.
            if (unit.ExternalMentors.Count > 0)
            {
                unit.Form.Should().Be(MentorshipForm.Virtual, $"{unit.Id} has a mentor from another organisation");
                unit.ExternalMentors.Values.Should().NotContain(register.OrganizationId);
            }

            if (unit.IsOpen && register.ExternalOrganizationOf(unit.Mentor) is { } home)
            {
                unit.MentorOrganizationId.Should().Be(home, $"{unit.Id} is led by a mentor the register knows from {home}");
            }

            // Nothing fixed or active without consents and an order; a started unit has its start.
            if (unit.Status is MentoringUnitStatus.Fixed or MentoringUnitStatus.Active)
            {
                unit.HasAllConsents.Should().BeTrue($"{unit} runs on consents");
                unit.FixingOrder.Should().NotBeNull($"{unit} runs on an order");
                register.FindOrder(unit.FixingOrder!.Number)!.Units.Should().Contain(unit.Id);
                var currentFrom = unit.Replacements.Count > 0 ? unit.Replacements[^1].EffectiveOn : unit.Period.Start;
                unit.MentorAgreement!.Period.Contains(new DateInterval(currentFrom, unit.Period.End)).Should().BeTrue($"the agreement of {unit.Id} covers the current mentor's time");
            }

            if (unit.Status is MentoringUnitStatus.Active or MentoringUnitStatus.Completed)
            {
                unit.ActivatedOn.Should().NotBeNull();
            }

            // Completion never cuts a period short: an earlier end is an early end with notice and an order.
            if (unit.Completion is { } completion)
            {
                completion.On.Should().BeGreaterThanOrEqualTo(unit.Period.End, $"{unit.Id} completes at the end of its period");
                unit.LastDay.Should().Be(unit.Period.End);
            }

            // A group has at least 2 mentees; other forms exactly one.
            if (unit.IsGroup)
            {
                unit.Mentees.Count.Should().BeGreaterThanOrEqualTo(2);
            }
            else
            {
                unit.Mentees.Should().HaveCount(1);
            }

            // The period never changes, replacements included.
            if (periods.TryGetValue((index, unit.Id), out var first))
            {
                unit.Period.Equals(first).Should().BeTrue($"the period of {unit.Id} stays the same");
            }
            else
            {
                periods[(index, unit.Id)] = unit.Period;
            }

            // Notice never shorter than 3 working days, counted independently of the rule.
            // A withdrawal of consent is notice too; it is cut short only by the period's own end.
            if (unit.EarlyTermination is { } t && !(t.Grounds == EarlyTerminationGrounds.PersonalDataConsentWithdrawn && t.EndsOn == unit.Period.End))
            {
                WorkingDaysBetween(t.NoticeGivenOn, t.EndsOn).Should().BeGreaterThanOrEqualTo(3, $"notice for {unit.Id}");
                t.Order.Should().NotBeNull($"{unit.Id} ended by an order");
                register.FindOrder(t.Order!.Number)!.Units.Should().Contain(unit.Id);
            }

            foreach (var r in unit.Replacements)
            {
                WorkingDaysBetween(r.NoticeGivenOn, r.EffectiveOn.PlusDays(-1)).Should().BeGreaterThanOrEqualTo(3, $"notice to the previous mentor of {unit.Id}");
            }
        }
    }

    /// <summary>Working days strictly after the notice day up to the last day, both included, by plain counting.</summary>
    private static int WorkingDaysBetween(LocalDate notice, LocalDate lastDay)
    {
        var count = 0;
        for (var d = notice.PlusDays(1); d <= lastDay; d = d.PlusDays(1))
        {
            count += Calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }

    private static (bool Accepted, EducatorId? Withdrawn) Run(PairingRegister register, Command c)
    {
        var units = register.Units.ToArray();
        MentoringUnit? Unit() => units.Length == 0 ? null : units[c.A % units.Length];
        var day = Origin.PlusDays(c.D);
        var unit = Unit();
        switch (c.Kind)
        {
            case 0:
            case 1:
            {
                var form = Forms[c.B % Forms.Length];
                var count = GroupSizeRule.IsGroupForm(form) ? 2 + (c.C % 3) : 1 + (c.C % 8 == 0 ? 1 : 0);
                var mentees = Enumerable.Range(c.A, count).Select(i => Id(Mentees[i % Mentees.Length])).ToArray();
                var shift = c.R == 0 ? -120 : 0;
                var start = Origin.PlusDays(shift + (c.D % 200));
                var period = new DateInterval(start, start.PlusMonths(1 + (c.E % 13)).PlusDays(-1));
                var proposal = new PairProposal(Id(Mentors[(c.B + c.C) % Mentors.Length]), mentees, form, period)
                {
                    AcknowledgedWarnings = c.C % 2 == 0 ? [ProgramPeriodRule.OutsideRange] : null,
                };
                return (register.Propose(proposal, Origin.PlusDays(shift + (c.D % 20))).IsProposed, null);
            }

            case 2:
                if (unit is null)
                {
                    return (false, null);
                }

                var agreementPeriod = c.C % 5 == 0 ? new DateInterval(unit.Period.Start.PlusDays(7), unit.Period.End) : unit.Period;
                var signed = c.C % 7 == 0 || unit.Period.Start < Origin ? unit.Period.Start : Origin;
                return (register.RecordMentorAgreement(unit.Id, Agreement(agreementPeriod, c.C % 6 == 0 ? MentorshipForm.Speed : unit.Form, signed)).IsAccepted, null);
            case 3:
                if (unit is null)
                {
                    return (false, null);
                }

                var mentee = c.C % 9 == 0 ? Id("S9") : unit.Mentees[c.B % unit.Mentees.Count];
                return (register.RecordMenteeConsent(unit.Id, mentee, MenteeConsent(Origin.PlusDays(c.E % 40))).IsAccepted, null);
            case 4:
            {
                var chosen = units.Where((u, i) => ((c.C >> (i % 6)) & 1) == 1).Select(u => u.Id).ToArray();
                return (register.IssueFixingOrder(new OrderReference($"{c.E % 7}-од", Origin.PlusDays(c.D % 40)), chosen).IsAccepted, null);
            }

            case 5:
                return (unit is not null && register.Activate(unit.Id, unit.Period.Start.PlusDays(c.C % 10 - 3)).IsAccepted, null);
            case 6:
                // Now and then on or just after the period's last day, so that completions are reached.
                return (unit is not null && register.Complete(unit.Id, c.C % 4 != 0 ? unit.Period.End.PlusDays(c.B % 3 - 1) : day, MentoringOutcome.Achieved).IsAccepted, null);
            case 7:
            {
                if (unit is null)
                {
                    return (false, null);
                }

                var request = new EarlyTerminationRequest(day, TerminationInitiator.Mentor, EarlyTerminationGrounds.JustifiedRequestOfMentor, day.PlusDays(c.C % 12), new OrderReference($"{c.E % 7}-од", day));
                return (register.TerminateEarly(unit.Id, request).IsAccepted, null);
            }

            case 8:
            {
                if (unit is null)
                {
                    return (false, null);
                }

                var effective = day.PlusDays(c.C % 12);
                var agreementStart = effective <= unit.Period.End ? effective : unit.Period.End;
                var request = new MentorReplacementRequest(
                    Id(Mentors[c.B % Mentors.Length]),
                    ReplacementGrounds.JustifiedRequestOfMentee,
                    day,
                    effective,
                    Agreement(new DateInterval(agreementStart, unit.Period.End), unit.Form, day < agreementStart ? day : agreementStart),
                    new OrderReference($"{c.E % 7}-од", day));
                return (register.ReplaceMentor(unit.Id, request).IsAccepted, null);
            }

            case 9:
                return (unit is not null && c.C % 3 == 0 && register.Cancel(unit.Id, day).IsAccepted, null);
            case 19:
            case 20:
            case 21:
            case 22:
            case 23:
            {
                // Composition changes of a running group: add (19, 22, 23), release (20), move into another unit (21).
                if (unit is null)
                {
                    return (false, null);
                }

                // Mostly on days that can work: shortly after the unit's last change.
                var changeDay = c.E % 4 == 0 ? day : (unit.LastChangeOn ?? unit.Period.Start).PlusDays(c.D % 30);
                var order = new OrderReference($"G{register.Orders.Count + 1}", changeDay);
                var onDay = changeDay.PlusDays(c.C % 9);
                var consent = MenteeConsent(c.E % 5 == 0 ? changeDay.PlusDays(1) : changeDay);
                if (c.Kind == 20)
                {
                    // A group of two first takes a free mentee, so that releases are reached.
                    var joined = unit.Mentees.Count == 2 && c.C % 2 == 0
                        && Mentees.Select(Id).FirstOrDefault(m => register.UnitOfMenteeOn(m, onDay) is null && !unit.DepartedMentees.Contains(m)) is { } free && free != default
                        && register.AddMenteeToGroup(unit.Id, new MenteeJoinRequest(free, changeDay, MenteeConsent(changeDay), order)).IsAccepted;
                    var releaseOrder = new OrderReference($"G{register.Orders.Count + 1}", onDay);
                    var leaving = unit.Mentees.Count == 0 ? Id("S1") : unit.Mentees[c.B % unit.Mentees.Count];
                    var released = register.ReleaseMenteeFromGroup(unit.Id, new MenteeReleaseRequest(leaving, onDay.PlusDays(c.B % 4), MenteeLeavingGrounds.JustifiedRequestOfMentee, releaseOrder)).IsAccepted;
                    return (joined || released, null);
                }

                if (c.Kind is 19 or 22 or 23)
                {
                    // Mostly a mentee free on the day, so that additions are reached; otherwise any.
                    var joining = c.Kind != 19 || c.C % 2 == 0
                        ? Mentees.Select(Id).FirstOrDefault(m => register.UnitOfMenteeOn(m, onDay) is null && register.UnitOfMenteeOn(m, unit.Period.End) is null)
                        : default;
                    joining = joining == default ? Id(Mentees[c.B % Mentees.Length]) : joining;
                    return (register.AddMenteeToGroup(unit.Id, new MenteeJoinRequest(joining, onDay, consent, order)).IsAccepted, null);
                }

                var target = units[(c.A + 1 + c.B) % units.Length];
                var moving = unit.Mentees.Count == 0 ? Id("S1") : unit.Mentees[c.B % unit.Mentees.Count];
                return (register.MoveMentee(unit.Id, target.Id, new MenteeJoinRequest(moving, onDay, consent, order)).IsAccepted, null);
            }

            case 18:
            {
                // A mentor from another organisation (or, now and then, wrongly from the register's own).
                var organization = c.B % 4 == 0 ? Build.Org : OrganizationId.From(c.B % 2 == 0 ? "school-5" : "school-7");
                return (register.RegisterExternalMentor(Id(Mentors[c.C % Mentors.Length]), organization, 1 + (c.E % 2), day).IsAccepted, null);
            }

            case 11:
            case 12:
            {
                // A well-formed consent round, so that sequences reach the later statuses.
                if (unit is null)
                {
                    return (false, null);
                }

                var signedOn = unit.ProposedOn < Origin ? unit.ProposedOn : Origin;
                var ok = register.RecordMentorAgreement(unit.Id, Agreement(unit.Period, unit.Form, signedOn)).IsAccepted;
                foreach (var m in unit.Mentees)
                {
                    ok &= register.RecordMenteeConsent(unit.Id, m, MenteeConsent(signedOn)).IsAccepted;
                }

                return (ok, null);
            }

            case 13:
            case 14:
                return (unit is not null && register.IssueFixingOrder(new OrderReference($"F{register.Orders.Count + 1}", unit.ProposedOn.PlusDays(c.C % 10)), [unit.Id]).IsAccepted, null);
            case 15:
                return (unit is not null && register.Activate(unit.Id, unit.Period.Start.PlusDays(c.C % 5)).IsAccepted, null);
            case 16:
            {
                if (unit?.LastChangeOn is not { } last)
                {
                    return (false, null);
                }

                var notice = day > last ? day : last;
                var ends = Calendar.EarliestEndOfNotice(notice, 3).PlusDays(c.C % 3);
                var request = new EarlyTerminationRequest(notice, TerminationInitiator.Employer, EarlyTerminationGrounds.MenteeLeftJob, ends, new OrderReference($"F{register.Orders.Count + 1}", notice));
                return (register.TerminateEarly(unit.Id, request).IsAccepted, null);
            }

            case 17:
            {
                if (unit?.LastChangeOn is not { } last)
                {
                    return (false, null);
                }

                var notice = day > last ? day : last;
                var effective = Calendar.EarliestEndOfNotice(notice, 3).PlusDays(1 + (c.C % 5));
                if (effective > unit.Period.End)
                {
                    return (false, null);
                }

                var request = new MentorReplacementRequest(
                    Id(Mentors[c.B % Mentors.Length]),
                    ReplacementGrounds.MentorLeftJob,
                    notice,
                    effective,
                    Agreement(new DateInterval(effective, unit.Period.End), unit.Form, notice),
                    new OrderReference($"F{register.Orders.Count + 1}", notice));
                return (register.ReplaceMentor(unit.Id, request).IsAccepted, null);
            }

            default:
            {
                if (c.B % 3 == 0)
                {
                    return (register.SetMentorCapacity(Id(Mentors[c.C % Mentors.Length]), 1 + (c.E % 3), day).IsAccepted, null);
                }

                var person = c.B % 2 == 0 ? Id(Mentors[c.C % Mentors.Length]) : Id(Mentees[c.C % Mentees.Length]);
                var outcome = register.WithdrawPersonalDataConsent(person, day, c.E % 17 == 0 ? null : Withdrawal(register, day));
                return (outcome.IsAccepted, outcome.IsAccepted ? person : null);
            }
        }
    }
}
