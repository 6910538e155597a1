using BenchmarkDotNet.Attributes;
using Mentorship.Benchmarks.Monitoring.Baseline;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.People;

namespace Mentorship.Benchmarks.Monitoring;

/// <summary>
/// Indicators K1–K12 for a region: 30,000 educators in 100 organisations with five school years of history (target:
/// under 100 ms), and for a municipality of 3,000 in 10; plus indexing the facts and the municipal report.
/// </summary>
[MemoryDiagnoser]
public class MonitoringBenchmarks
{
    private MonitoringFactsBuilder _builder = null!;
    private MonitoringFacts _facts = null!;
    private MonitoringScope _region = null!;
    private OrganizationId _one;
    private Organization[] _organizations = [];

    /// <summary>Educators and organisations: a municipality and a region.</summary>
    [Params("3000x10", "30000x100")]
    public string Size { get; set; } = "30000x100";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Size.Split('x');
        var (builder, orgs) = RegionGenerator.Generate(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), 2026);
        _builder = builder;
        _facts = builder.Build();
        _region = MonitoringScope.ForMunicipality("Регион", orgs);
        _one = orgs[0];
        _organizations = orgs.Select(o => new Organization(o, o.Value, o.Value, OrganizationKind.School)).ToArray();
        Console.WriteLine(
            $"// {Size}: {_facts.Educators.Count} employments, {_facts.Programmes.Count} programmes, {_facts.Programmes.Sum(p => p.Plan.Count)} plan items, "
            + $"{_facts.Responses.Count} responses, {_facts.Responses.Sum(r => r.Answers.Count)} answers, {_facts.RoadmapItems.Count} roadmap items");
        Agree(IndicatorCalculator.Compute(_facts, _region, RegionGenerator.LastSchoolYear), SlotIndicatorCalculator.Compute(_facts, _region, RegionGenerator.LastSchoolYear));
    }

    /// <summary>Stops the run unless the named-class calculator and the baseline give the same sets, part by part.</summary>
    private static void Agree(IndicatorSet ours, IndicatorSet before)
    {
        var sets = new[] { (ours, before) }.Concat(ours.Parts.Zip(before.Parts));
        foreach (var (a, b) in sets)
        {
            // The baseline predates K13 and K14, which come last: it is compared on the results it has.
            var same = a.Results.Count == b.Results.Count + 2 && a.Results.Zip(b.Results).All(p =>
                p.First.Id == p.Second.Id && p.First.Numerator == p.Second.Numerator && p.First.Denominator == p.Second.Denominator
                && p.First.Counted.SequenceEqual(p.Second.Counted) && p.First.Flagged.SequenceEqual(p.Second.Flagged) && p.First.TargetStatus == p.Second.TargetStatus);
            if (!same)
            {
                throw new InvalidOperationException($"The calculators disagree for {a.Scope}.");
            }
        }

        Console.WriteLine($"// both calculators agree on {before.Results.Count} results for the region and each of its {ours.Parts.Count} organisations");
    }

    /// <summary>K1–K12 for every organisation and their sum: the target.</summary>
    [Benchmark]
    public long RegionIndicators() => IndicatorCalculator.Compute(_facts, _region, RegionGenerator.LastSchoolYear).Get(IndicatorCode.K1).Denominator;

    /// <summary>
    /// K1–K12 for the region by the calculator as it was before the indicators became named classes
    /// (<see cref="SlotIndicatorCalculator"/>, kept verbatim): the side-by-side figure for the region.
    /// </summary>
    [Benchmark]
    public long RegionIndicatorsBefore() => SlotIndicatorCalculator.Compute(_facts, _region, RegionGenerator.LastSchoolYear).Get(IndicatorCode.K1).Denominator;

    /// <summary>K1–K12 for one organisation.</summary>
    [Benchmark]
    public long OrganizationIndicators() =>
        IndicatorCalculator.Compute(_facts, MonitoringScope.ForOrganization(_one), RegionGenerator.LastSchoolYear).Get(IndicatorCode.K4).Denominator;

    /// <summary>Indexes the facts (done once per data load, not per report).</summary>
    [Benchmark]
    public int IndexFacts() => _builder.Build().Organizations.Count;

    /// <summary>The municipal analytical report's content and its Markdown text.</summary>
    [Benchmark]
    public int AnalyticalReportMarkdown() =>
        AnalyticalReportDocument.Render(AnalyticalReport.Build(_facts, "Регион", _organizations, RegionGenerator.LastSchoolYear)).Markdown.Length;
}
