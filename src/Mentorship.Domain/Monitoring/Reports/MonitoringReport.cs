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
/// The content of an organisation's internal monitoring report (справка, roadmap item 3.1) for a period, in the
/// structure of domain guide §8, opening, as regional forms do, with the checklist of the institution's local acts:
/// counts of pairs and groups by form, mentors and mentees; indicators with their targets, sources and stage; roadmap execution; questionnaire results entry against final per role; the practices collected; the
/// coverage of roadmap events; inputs for the SWOT analysis. The conclusions are the coordinator's to write.
/// <c>Documents.MonitoringReportDocument</c> renders it. Immutable.
/// </summary>
public sealed class MonitoringReport
{
    private MonitoringReport(
        Organization organization,
        DateInterval period,
        ProgrammeCensus census,
        IndicatorSet indicators,
        IReadOnlyList<RoadmapLine> roadmap,
        IReadOnlyList<ResponseCount> responses,
        IReadOnlyList<QuestionnaireItemSummary> questionnaires,
        IReadOnlyList<Practice> bestPractices,
        int practicesProposed,
        IReadOnlyList<RoadmapItemCoverage> coverage,
        IReadOnlyList<SwotInput> swot,
        IReadOnlyList<LocalActCheck> localActs)
    {
        Organization = organization;
        LocalActs = localActs;
        Period = period;
        Census = census;
        Indicators = indicators;
        Roadmap = roadmap;
        Responses = responses;
        Questionnaires = questionnaires;
        BestPractices = bestPractices;
        PracticesProposed = practicesProposed;
        Coverage = coverage;
        Swot = swot;
    }

    /// <summary>The organisation.</summary>
    public Organization Organization { get; }

    /// <summary>The period, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>
    /// The checklist of the institution's local acts on the period's last day (<see cref="LocalActRegister.Checklist(LocalDate, IEnumerable{Pairing.AdministrativeOrder})"/>):
    /// one line per kind, present or absent with its reference; the fixing orders are those of the facts' pairs and
    /// groups in force on some day of the period (<see cref="FixedUnitFact.Order"/>), listed once with the register's
    /// link when it holds them too.
    /// </summary>
    public IReadOnlyList<LocalActCheck> LocalActs { get; }

    /// <summary>Pairs and groups by form, mentors, mentees, programmes started and closed, the banks.</summary>
    public ProgrammeCensus Census { get; }

    /// <summary>Indicators K1–K14.</summary>
    public IndicatorSet Indicators { get; }

    /// <summary>The roadmap items whose window meets the period, by due date, with their status on the last day.</summary>
    public IReadOnlyList<RoadmapLine> Roadmap { get; }

    /// <summary>Responses per role and wave (of the pairs and groups active in the period, answered by its last day).</summary>
    public IReadOnlyList<ResponseCount> Responses { get; }

    /// <summary>The same responses item by item, entry against final, per role.</summary>
    public IReadOnlyList<QuestionnaireItemSummary> Questionnaires { get; }

    /// <summary>The practices chosen into the collection by final events in the period.</summary>
    public IReadOnlyList<Practice> BestPractices { get; }

    /// <summary>How many practices were proposed in the period.</summary>
    public int PracticesProposed { get; }

    /// <summary>The coverage of the roadmap events of the period held by its last day.</summary>
    public IReadOnlyList<RoadmapItemCoverage> Coverage { get; }

    /// <summary>Inputs for the SWOT analysis, by quadrant.</summary>
    public IReadOnlyList<SwotInput> Swot { get; }

    /// <summary>Whether there is nothing to report: no pair or group, bank entry, roadmap item or response in the period.</summary>
    public bool IsEmpty =>
        Census.Pairs + Census.Groups + Census.MenteesInBank + Census.MentorsInBank == 0 && Roadmap.Count == 0 && Responses.Count == 0;

    /// <summary>Gathers the report.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="organization">The organisation.</param>
    /// <param name="period">The period, both ends included (the seed's May–December, or a school year).</param>
    /// <param name="practices">The organisation's collection of practices; optional.</param>
    /// <param name="informationSupport">The organisation's information-support log; optional (then every event counts as not covered).</param>
    /// <param name="instruments">The questionnaire forms, for item texts; default <see cref="RussianInstruments.Default"/>.</param>
    /// <param name="policy">Targets and settings; default <see cref="MonitoringPolicy.Default"/>.</param>
    /// <param name="localActs">The institution's register of local acts; optional (then only the fixing orders of the facts are present).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The collection, the log or the register belongs to another organisation.</exception>
    public static MonitoringReport Build(
        MonitoringFacts facts,
        Organization organization,
        DateInterval period,
        PracticeCollection? practices = null,
        InformationSupportLog? informationSupport = null,
        InstrumentSet? instruments = null,
        MonitoringPolicy? policy = null,
        LocalActRegister? localActs = null)
    {
        Guard.Against.Null(facts);
        Guard.Against.Null(organization);
        Guard.Against.Null(period);
        var indicators = IndicatorCalculator.Compute(facts, MonitoringScope.ForOrganization(organization.Id), period, policy);
        return Build(facts, organization, period, indicators, practices, informationSupport, instruments ?? RussianInstruments.Default, localActs);
    }

    internal static MonitoringReport Build(
        MonitoringFacts facts,
        Organization organization,
        DateInterval period,
        IndicatorSet indicators,
        PracticeCollection? practices,
        InformationSupportLog? informationSupport,
        InstrumentSet instruments,
        LocalActRegister? localActs)
    {
        if (localActs is not null && localActs.OrganizationId != organization.Id)
        {
            throw new ArgumentException("The register of local acts belongs to another organisation.", nameof(localActs));
        }

        if (practices is not null && practices.OrganizationId != organization.Id)
        {
            throw new ArgumentException("The collection of practices belongs to another organisation.", nameof(practices));
        }

        if (informationSupport is not null && informationSupport.OrganizationId != organization.Id)
        {
            throw new ArgumentException("The information-support log belongs to another organisation.", nameof(informationSupport));
        }

        var o = facts.Of(organization.Id);
        var asOf = period.End;
        // The fixing orders of pairs and groups in force on some day of the period: last year's orders have done their work.
        var fixing = o.FixedUnits
            .Where(u => u.Order.Date <= period.End && (u.InForceThrough is not { } through || through >= period.Start))
            .Select(u => u.Order)
            .Distinct();
        var checklist = (localActs ?? LocalActRegister.Open(organization.Id)).Checklist(asOf, fixing);
        var census = ProgrammeCensus.Of(facts, o, period);
        var roadmapItems = o.RoadmapItems
            .Where(i => i.Start <= period.End && i.Due >= period.Start)
            .OrderBy(i => i.Due).ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToArray();
        var roadmap = roadmapItems.Select(i => new RoadmapLine(i, i.StatusOn(asOf))).ToArray();
        var responses = ResponsesOf(facts, organization.Id, period);
        var best = practices?.CollectedDuring(period) ?? [];
        var proposed = practices?.Practices.Count(p => period.Contains(p.ProposedOn)) ?? 0;
        var log = informationSupport ?? InformationSupportLog.Open(organization.Id);
        var coverage = log.Review(roadmapItems, asOf);
        var swot = SwotRules.Read(
            indicators,
            census,
            roadmap.Count(l => l.Status == RoadmapItemStatus.Overdue),
            coverage.Count(c => c.Status != CoverageStatus.Covered),
            best.Count);
        return new MonitoringReport(
            organization,
            period,
            census,
            indicators,
            roadmap,
            QuestionnaireSummarizer.Count(responses),
            QuestionnaireSummarizer.Summarize(responses, instruments),
            best,
            proposed,
            coverage,
            swot,
            checklist);
    }

    internal static IReadOnlyList<QuestionnaireResponse> ResponsesOf(MonitoringFacts facts, OrganizationId organization, DateInterval period) =>
        facts.Of(organization).Responses
            .Where(r => r.AnsweredOn <= period.End && facts.FindProgramme(r.ProgrammeId)!.IsActiveDuring(period))
            .ToArray();

    /// <inheritdoc />
    public override string ToString() => $"MonitoringReport {Organization.Id} {Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd}";
}
