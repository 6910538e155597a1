using BenchmarkDotNet.Attributes;
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
    }

    /// <summary>K1–K12 for every organisation and their sum: the target.</summary>
    [Benchmark]
    public long RegionIndicators() => IndicatorCalculator.Compute(_facts, _region, RegionGenerator.LastSchoolYear).Get(IndicatorCode.K1).Denominator;

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
