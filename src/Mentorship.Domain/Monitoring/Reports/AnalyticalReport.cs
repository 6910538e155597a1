using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.LocalActs;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Reports;

/// <summary>
/// The content of the municipal analytical report (аналитическая справка, roadmap item 3.2): the local-acts checklist
/// of every organisation, the indicators and counts of every organisation of a municipality side by side with their sums, roadmap execution and coverage per
/// organisation, questionnaire results across the municipality, the practices collected, and SWOT inputs.
/// <c>Documents.AnalyticalReportDocument</c> renders it. Immutable.
/// </summary>
public sealed class AnalyticalReport
{
    private AnalyticalReport(
        string municipality,
        DateInterval period,
        IReadOnlyList<MonitoringReport> organizations,
        IndicatorSet indicators,
        ProgrammeCensus census,
        IReadOnlyList<ResponseCount> responses,
        IReadOnlyList<QuestionnaireItemSummary> questionnaires,
        IReadOnlyList<SwotInput> swot)
    {
        Municipality = municipality;
        Period = period;
        Organizations = organizations;
        Indicators = indicators;
        Census = census;
        Responses = responses;
        Questionnaires = questionnaires;
        Swot = swot;
    }

    /// <summary>The municipality's name.</summary>
    public string Municipality { get; }

    /// <summary>The period, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>Each organisation's internal report, in the order given.</summary>
    public IReadOnlyList<MonitoringReport> Organizations { get; }

    /// <summary>The municipality's indicators (sums of the organisations'), with one part per organisation.</summary>
    public IndicatorSet Indicators { get; }

    /// <summary>The sum of the organisations' counts.</summary>
    public ProgrammeCensus Census { get; }

    /// <summary>Responses per role and wave across the municipality.</summary>
    public IReadOnlyList<ResponseCount> Responses { get; }

    /// <summary>Questionnaire results across the municipality, entry against final, per role.</summary>
    public IReadOnlyList<QuestionnaireItemSummary> Questionnaires { get; }

    /// <summary>Inputs for the municipality's SWOT analysis.</summary>
    public IReadOnlyList<SwotInput> Swot { get; }

    /// <summary>Gathers the report.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="municipality">The municipality's name.</param>
    /// <param name="organizations">Its organisations; distinct identifiers; may be empty.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="practices">The organisations' collections of practices; optional, at most one per organisation.</param>
    /// <param name="informationSupport">The organisations' information-support logs; optional, at most one per organisation.</param>
    /// <param name="instruments">The questionnaire forms; default <see cref="RussianInstruments.Default"/>.</param>
    /// <param name="policy">Targets and settings; default <see cref="MonitoringPolicy.Default"/>.</param>
    /// <param name="localActs">The organisations' registers of local acts; optional, at most one per organisation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The name is blank, an organisation repeats, or two collections, logs or registers share an organisation.</exception>
    public static AnalyticalReport Build(
        MonitoringFacts facts,
        string municipality,
        IEnumerable<Organization> organizations,
        DateInterval period,
        IEnumerable<PracticeCollection>? practices = null,
        IEnumerable<InformationSupportLog>? informationSupport = null,
        InstrumentSet? instruments = null,
        MonitoringPolicy? policy = null,
        IEnumerable<LocalActRegister>? localActs = null)
    {
        Guard.Against.Null(facts);
        Guard.Against.NullOrWhiteSpace(municipality);
        Guard.Against.Null(period);
        var orgs = Guard.Against.Null(organizations).ToArray();
        if (orgs.Any(o => o is null) || orgs.Select(o => o.Id).Distinct().Count() != orgs.Length)
        {
            throw new ArgumentException("The organisations are given once each.", nameof(organizations));
        }

        var collections = ByOrganization(practices, c => c.OrganizationId, nameof(practices));
        var logs = ByOrganization(informationSupport, l => l.OrganizationId, nameof(informationSupport));
        var registers = ByOrganization(localActs, r => r.OrganizationId, nameof(localActs));
        instruments ??= RussianInstruments.Default;
        var scope = MonitoringScope.ForMunicipality(municipality, orgs.Select(o => o.Id));
        var indicators = IndicatorCalculator.Compute(facts, scope, period, policy);
        var partOf = indicators.Parts.ToDictionary(p => p.Scope.Organizations[0]);
        var reports = orgs.Select(o => MonitoringReport.Build(
            facts,
            o,
            period,
            partOf[o.Id],
            collections.TryGetValue(o.Id, out var c) ? c : null,
            logs.TryGetValue(o.Id, out var l) ? l : null,
            instruments,
            registers.TryGetValue(o.Id, out var a) ? a : null)).ToArray();
        var census = ProgrammeCensus.Sum(reports.Select(r => r.Census));
        var responses = orgs.SelectMany(o => MonitoringReport.ResponsesOf(facts, o.Id, period)).ToArray();
        var swot = SwotRules.Read(
            indicators,
            census,
            reports.Sum(r => r.Roadmap.Count(x => x.Status == RoadmapItemStatus.Overdue)),
            reports.Sum(r => r.Coverage.Count(x => x.Status != CoverageStatus.Covered)),
            reports.Sum(r => r.BestPractices.Count));
        return new AnalyticalReport(
            scope.Municipality!,
            period,
            reports,
            indicators,
            census,
            QuestionnaireSummarizer.Count(responses),
            QuestionnaireSummarizer.Summarize(responses, instruments),
            swot);
    }

    /// <inheritdoc />
    public override string ToString() => $"AnalyticalReport ({Organizations.Count} organisations) {Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd}";

    private static Dictionary<OrganizationId, T> ByOrganization<T>(IEnumerable<T>? items, Func<T, OrganizationId> key, string parameter)
    {
        var result = new Dictionary<OrganizationId, T>();
        foreach (var item in items ?? [])
        {
            Guard.Against.Null(item, parameter);
            if (result.ContainsKey(key(item)))
            {
                throw new ArgumentException("At most one per organisation.", parameter);
            }

            result.Add(key(item), item);
        }

        return result;
    }
}
