using System.Globalization;
using System.Text;
using CsCheck;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Monitoring;

/// <summary>
/// K1–K14 with their counts, targets and drill-down lists, computed for each organisation and the municipality from
/// four fixed draws of <see cref="RandomFacts"/> over a calendar year and a school year, kept as an approved text in
/// <c>Monitoring/Golden/</c>. The indicator tests say why each count is right on hand-made facts; this one notices any
/// count, list or status that changes on varied ones. <c>MENTORSHIP_WRITE_DOCS=1</c> rewrites it.
/// </summary>
public class IndicatorGoldenTests
{
    private static readonly DateInterval[] Periods =
    [
        new(new LocalDate(2024, 9, 1), new LocalDate(2025, 5, 31)),
        new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)),
        new(new LocalDate(2024, 1, 1), new LocalDate(2027, 12, 31)),
    ];

    [Fact]
    public void Indicators_OfFixedDraws_AreApproved()
    {
        var text = new StringBuilder();
        // The first six draws of seeds 1, 2, ... with at least eight programmes and ten responses.
        var draws = Enumerable.Range(1, 200)
            .Select(seed => (Seed: seed, RandomFacts.FactsAndPeriod.Generate(new PCG(1, (ulong)seed), null, out _).Facts))
            .Where(d => d.Facts.Programmes.Count >= 8 && d.Facts.Responses.Count >= 10)
            .Take(6);
        foreach (var (seed, facts) in draws)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"# draw {seed}: {facts.Educators.Count} educators, {facts.MenteeBank.Count}+{facts.MentorBank.Count} bank entries, {facts.Programmes.Count} programmes, {facts.Responses.Count} responses, {facts.RoadmapItems.Count} roadmap items, {facts.Achievements.Count} achievements, {facts.Trainings.Count} trainings\n");
            foreach (var period in Periods)
            {
                var scopes = RandomFacts.Orgs.Select(MonitoringScope.ForOrganization).Append(MonitoringScope.ForMunicipality("Район", RandomFacts.Orgs));
                foreach (var scope in scopes)
                {
                    var set = IndicatorCalculator.Compute(facts, scope, period);
                    text.Append(CultureInfo.InvariantCulture, $"\n## {scope}, {period.Start:dd.MM.yyyy}–{period.End:dd.MM.yyyy}\n");
                    foreach (var r in set.Results)
                    {
                        text.Append(CultureInfo.InvariantCulture,
                            $"{r.Id} {r.Kind}: {r.Numerator}/{r.Denominator} = {r.Value}; target {r.Target?.ToString() ?? "-"} {r.TargetStatus}; counted [{string.Join(", ", r.Counted)}]; flagged [{string.Join(", ", r.Flagged)}]\n");
                    }
                }
            }

            text.Append('\n');
        }

        Golden.Check("Monitoring", "indicators.txt", text.ToString());
    }
}
