using BenchmarkDotNet.Attributes;
using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Benchmarks.Banks;

/// <summary>Bank operations at the size of a large municipality's intake (10,000 entries).</summary>
[MemoryDiagnoser]
public class BankBenchmarks
{
    private static readonly OrganizationId Org = OrganizationId.From("org");
    private static readonly LocalDate On = new(2026, 5, 15);
    private static readonly string[] Codes = RequestTopicCatalog.Standard.Topics.Select(t => t.Code.Value).ToArray();

    private MenteeApplication[] _applications = [];
    private MenteeBank _filled = null!;
    private EducatorId[] _ids = [];

    [Params(10_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _applications = Enumerable.Range(0, Entries).Select(i =>
        {
            var educator = new Educator(
                EducatorId.From($"E{i:D6}"), Org, new PersonalData($"Person {i}", new LocalDate(1990, 1, 1).PlusDays(i % 5000)),
                "teacher", new LocalDate(2020, 9, 1), QualificationCategory.None, ["music"]);
            var requests = Codes.OrderBy(_ => random.Next()).Take(1 + (i % 5)).Select(TopicCode.From).ToArray();
            return new MenteeApplication(educator, PersonalDataConsent.Given(new LocalDate(2026, 4, 1)), requests, [MentoringReason.YoungSpecialist]);
        }).ToArray();
        _ids = _applications.Select(a => a.Educator.Id).ToArray();
        _filled = Fill();
    }

    /// <summary>Admits every application into an empty bank, checking every rule.</summary>
    [Benchmark]
    public int AdmitAll() => Fill().Count;

    /// <summary>Looks every entry up by identifier.</summary>
    [Benchmark]
    public int LookupAll()
    {
        var found = 0;
        foreach (var id in _ids)
        {
            if (_filled.TryGet(id, out _))
            {
                found++;
            }
        }

        return found;
    }

    /// <summary>Anonymous statistics over the whole bank.</summary>
    [Benchmark]
    public int Statistics() => _filled.GetStatistics().TopicCounts.Count;

    /// <summary>Snapshot and restore of the whole bank.</summary>
    [Benchmark]
    public int SnapshotRoundTrip() => MenteeBank.FromSnapshot(_filled.ToSnapshot()).Count;

    /// <summary>Every person withdraws consent, one after another.</summary>
    [Benchmark]
    public int WithdrawAll()
    {
        var bank = Fill();
        foreach (var id in _ids)
        {
            bank.WithdrawConsent(id, On);
        }

        return bank.FormerEntries.Count;
    }

    private MenteeBank Fill()
    {
        var bank = MenteeBank.Open(Org, 2026);
        foreach (var application in _applications)
        {
            bank.Admit(application, On);
        }

        bank.DequeueEvents();
        return bank;
    }
}
