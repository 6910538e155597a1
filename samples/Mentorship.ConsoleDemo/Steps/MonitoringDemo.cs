using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.LocalActs;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>Everything the monitoring step and the report command show: the facts, the institution's collection and log, the municipality.</summary>
/// <param name="Facts">The monitoring facts of the institution and its neighbours.</param>
/// <param name="Period">The period reported on: the school year of the demo's pairs.</param>
/// <param name="Practices">The institution's collection of practices.</param>
/// <param name="Coverage">The institution's information-support log.</param>
/// <param name="Municipality">The municipality's name.</param>
/// <param name="Organizations">The municipality's organisations, the institution first.</param>
/// <param name="OtherPractices">The neighbours' collections.</param>
/// <param name="OtherCoverage">The neighbours' logs.</param>
/// <param name="Names">People's names by identifier, for the internal report.</param>
/// <param name="LocalActs">The institution's register of local acts (the reports open with its checklist).</param>
internal sealed record MonitoringDemo(
    MonitoringFacts Facts,
    DateInterval Period,
    PracticeCollection Practices,
    InformationSupportLog Coverage,
    string Municipality,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<PracticeCollection> OtherPractices,
    IReadOnlyList<InformationSupportLog> OtherCoverage,
    IReadOnlyDictionary<EducatorId, string> Names,
    LocalActRegister LocalActs)
{
    public MonitoringReport InstitutionReport() =>
        MonitoringReport.Build(Facts, Organizations[0], Period, Practices, Coverage, localActs: LocalActs);

    public AnalyticalReport MunicipalReport() =>
        AnalyticalReport.Build(Facts, Municipality, Organizations, Period, [Practices, .. OtherPractices], [Coverage, .. OtherCoverage], localActs: [LocalActs]);

    public string? NameOf(EducatorId id) => Names.TryGetValue(id, out var name) ? name : null;
}
