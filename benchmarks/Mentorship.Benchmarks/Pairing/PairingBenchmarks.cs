using BenchmarkDotNet.Attributes;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Benchmarks.Pairing;

/// <summary>
/// The pairing register at the size of one school (100 pairs) and of a municipal network run as one register (3,000
/// pairs, two per mentor): proposing with the capacity and one-unit-per-mentee rules, fixing by one order with every
/// consent checked, the snapshot round trip with every invariant re-checked, and the meetings of a school year.
/// </summary>
[MemoryDiagnoser]
public class PairingBenchmarks
{
    private static readonly OrganizationId Org = OrganizationId.From("org");
    private static readonly DateInterval SchoolYear = new(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31));
    private static readonly LocalDate ProposedOn = new(2026, 8, 20);

    private PairProposal[] _proposals = [];
    private PairingRegister _fixed = null!;

    [Params(100, 3_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _proposals = Enumerable.Range(0, Units)
            .Select(i => PairProposal.Pair(EducatorId.From($"T{i / 2:D5}"), EducatorId.From($"S{i:D5}"), SchoolYear))
            .ToArray();
        _fixed = FixAllCore();
    }

    /// <summary>Proposes every pair into an empty register.</summary>
    [Benchmark]
    public int ProposeAll() => Propose().Units.Count;

    /// <summary>Proposes, records every agreement and consent, and fixes everything by one order.</summary>
    [Benchmark]
    public int FixAll() => FixAllCore().Orders.Count;

    /// <summary>Snapshot and restore of a register of fixed pairs (every invariant checked again).</summary>
    [Benchmark]
    public int SnapshotRoundTrip() => PairingRegister.FromSnapshot(_fixed.ToSnapshot(), RussianProductionCalendar.Default).Units.Count;

    /// <summary>The standard meetings of one school year on the production calendar.</summary>
    [Benchmark]
    public int MeetingSequence() => StandardMeetingSequence.Generate(SchoolYear, RussianProductionCalendar.Default).Value.Count;

    private PairingRegister Propose()
    {
        var register = PairingRegister.Open(Org, 2026, RussianProductionCalendar.Default);
        foreach (var proposal in _proposals)
        {
            register.Propose(proposal, ProposedOn);
        }

        return register;
    }

    private PairingRegister FixAllCore()
    {
        var register = Propose();
        var pay = new PayTerms(3000m, "доплата");
        foreach (var unit in register.Units)
        {
            register.RecordMentorAgreement(unit.Id, new MentoringConsent(new LocalDate(2026, 8, 24), "наставничество", SchoolYear, unit.Form, pay));
            register.RecordMenteeConsent(unit.Id, unit.Mentees[0], new MenteeConsent(new LocalDate(2026, 8, 25)));
        }

        register.IssueFixingOrder(new OrderReference("45-од", new LocalDate(2026, 8, 28)), register.Units.Select(u => u.Id));
        return register;
    }
}
