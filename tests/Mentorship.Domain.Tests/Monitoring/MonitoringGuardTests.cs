using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.LocalActs;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Monitoring.Reports;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring;

/// <summary>
/// A caller's mistake with monitoring (a null, a blank text, a default identifier, a value outside an enumeration, a
/// number out of range, a broken stored collection, log or register) is an argument exception naming the argument.
/// </summary>
public class MonitoringGuardTests
{
    private static readonly LocalDate Day = new(2026, 9, 15);

    private static PracticeProposal Proposal() => new("c9", "Кейс", PracticeKind.Case, E("S1"));

    private static LocalActDraft Act() => new(LocalActKind.Regulation, null, Day, "Положение о системе наставничества");

    private static QuestionnaireInstrument Instrument() => RussianInstruments.Default.Find(RespondentRole.Mentee, SurveyWave.Entry)!;

    private static QuestionnaireItem[] Items() => [new QuestionnaireItem("q1", "Вопрос", QuestionKind.Scale)];

    public static TheoryData<string, Action> CallerMistakes() => new()
    {
        { "organizationId", () => PracticeCollection.Open(default) },
        { "period", () => SampleYear.Practices().CollectedDuring(null!) },
        { "proposal", () => SampleYear.Practices().Propose(null!, SampleYear.P1, Day) },
        { "programme", () => SampleYear.Practices().Propose(Proposal(), null!, Day) },
        { "proposal", () => SampleYear.Practices().Propose(Proposal() with { Id = " " }, SampleYear.P1, Day) },
        { "proposal", () => SampleYear.Practices().Propose(Proposal() with { Title = " " }, SampleYear.P1, Day) },
        { "proposal", () => SampleYear.Practices().Propose(Proposal() with { Kind = (PracticeKind)1000 }, SampleYear.P1, Day) },
        { "proposal", () => SampleYear.Practices().Propose(Proposal() with { Author = default }, SampleYear.P1, Day) },
        { "title", () => SampleYear.Practices().HoldFinalEvent(Day, " ", ["c1"]) },
        { "chosen", () => SampleYear.Practices().HoldFinalEvent(Day, "Мастерская", null!) },
        { "chosen", () => SampleYear.Practices().HoldFinalEvent(Day, "Мастерская", [" "]) },
        { "person", () => SampleYear.Practices().ErasePerson(default, Day) },
        { "snapshot", () => PracticeCollection.FromSnapshot(null!) },
        { "snapshot", () => PracticeCollection.FromSnapshot(SampleYear.Practices().ToSnapshot() with { Practices = null! }) },
        { "snapshot", () => PracticeCollection.FromSnapshot(SampleYear.Practices().ToSnapshot() with { FinalEvents = null! }) },
        { "snapshot", () => PracticeCollection.FromSnapshot(SampleYear.Practices().ToSnapshot() with { FinalEvents = [null!] }) },
        { "snapshot", () => PracticeCollection.FromSnapshot(SampleYear.Practices().ToSnapshot() with { FinalEvents = [new FinalEvent(Day, "Мастерская", null!)] }) },
        { "snapshot", () => PracticeCollection.FromSnapshot(SampleYear.Practices().ToSnapshot() with { FinalEvents = [new FinalEvent(Day, " ", ["c1"])] }) },
        { "snapshot", () => PracticeCollection.FromSnapshot(SampleYear.Practices().ToSnapshot() is var s ? s with { Practices = [s.Practices[0] with { Id = " " }] } : null!) },
        { "snapshot", () => PracticeCollection.FromSnapshot(SampleYear.Practices().ToSnapshot() is var s ? s with { Practices = [s.Practices[0] with { Title = " " }] } : null!) },
        { "snapshot", () => PracticeCollection.FromSnapshot(SampleYear.Practices().ToSnapshot() is var s ? s with { Practices = [s.Practices[0] with { Kind = (PracticeKind)1000 }] } : null!) },
        { "snapshot", () => PracticeCollection.FromSnapshot(SampleYear.Practices().ToSnapshot() is var s ? s with { Practices = [s.Practices[0] with { ProgrammeId = " " }] } : null!) },
        { "programme", () => PracticeAuthorRule.Check(E("S1"), null!, OrgA, "c1") },
        { "organizationId", () => LocalActRegister.Open(default) },
        { "draft", () => LocalActRegister.Open(OrgA).Register(null!) },
        { "draft", () => LocalActRegister.Open(OrgA).Register(Act() with { Kind = (LocalActKind)1000 }) },
        { "draft", () => LocalActRegister.Open(OrgA).Register(Act() with { Title = " " }) },
        { "orders", () => LocalActRegister.Open(OrgA).AllActs([null!]) },
        { "schedule", () => LocalActRegister.Open(OrgA).ApplyTo(null!, null!) },
        { "snapshot", () => LocalActRegister.FromSnapshot(null!) },
        { "snapshot", () => LocalActRegister.FromSnapshot(new LocalActRegisterSnapshot("org-a", null!)) },
        { "snapshot", () => LocalActRegister.FromSnapshot(new LocalActRegisterSnapshot("org-a", [null!])) },
        { "draft", () => LocalActNumberRule.Check(null!) },
        { "draft", () => LocalActDuplicateRule.Check(null!, []) },
        { "existing", () => LocalActDuplicateRule.Check(Act(), null!) },
        { "draft", () => LocalActLinkRule.Check(null!) },
        { "draft", () => LocalActPeriodRule.Check(null!) },
        { "kind", () => LocalActCatalog.Title((LocalActKind)1000) },
        { "organizationId", () => InformationSupportLog.Open(default) },
        { "item", () => InformationSupportLog.Open(OrgA).Record(null!, CoverageChannel.Website, Day, "https://cdt.example/1") },
        { "channel", () => InformationSupportLog.Open(OrgA).Record(SampleYear.Order, (CoverageChannel)1000, Day, "https://cdt.example/1") },
        { "reference", () => InformationSupportLog.Open(OrgA).Record(SampleYear.Order, CoverageChannel.Website, Day, " ") },
        { "items", () => InformationSupportLog.Open(OrgA).Review(null!, Day) },
        { "snapshot", () => InformationSupportLog.FromSnapshot(null!) },
        { "snapshot", () => InformationSupportLog.FromSnapshot(new InformationSupportLogSnapshot("org-a", null!)) },
        { "snapshot", () => InformationSupportLog.FromSnapshot(new InformationSupportLogSnapshot("org-a", [null!])) },
        { "snapshot", () => InformationSupportLog.FromSnapshot(new InformationSupportLogSnapshot("org-a", [new CoverageRecord(" ", CoverageChannel.Website, Day, "x")])) },
        { "snapshot", () => InformationSupportLog.FromSnapshot(new InformationSupportLogSnapshot("org-a", [new CoverageRecord("2026:2.4/1", CoverageChannel.Website, Day, " ")])) },
        { "snapshot", () => InformationSupportLog.FromSnapshot(new InformationSupportLogSnapshot("org-a", [new CoverageRecord("2026:2.4/1", (CoverageChannel)1000, Day, "x")])) },
        { "item", () => CoverageDateRule.Check(null!, Day) },
        { "item", () => CoverageOrganizationRule.Check(null!, OrgA) },
        { "record", () => CoverageDuplicateRule.Check(null!, []) },
        { "existing", () => CoverageDuplicateRule.Check(new CoverageRecord("2026:2.4/1", CoverageChannel.Website, Day, "x"), null!) },
        { "code", () => _ = new QuestionnaireInstrument(" ", "Анкета", RespondentRole.Mentee, SurveyWave.Entry, "Оцените", Items()) },
        { "title", () => _ = new QuestionnaireInstrument("a1", " ", RespondentRole.Mentee, SurveyWave.Entry, "Оцените", Items()) },
        { "role", () => _ = new QuestionnaireInstrument("a1", "Анкета", (RespondentRole)1000, SurveyWave.Entry, "Оцените", Items()) },
        { "wave", () => _ = new QuestionnaireInstrument("a1", "Анкета", RespondentRole.Mentee, (SurveyWave)1000, "Оцените", Items()) },
        { "instruction", () => _ = new QuestionnaireInstrument("a1", "Анкета", RespondentRole.Mentee, SurveyWave.Entry, " ", Items()) },
        { "items", () => _ = new QuestionnaireInstrument("a1", "Анкета", RespondentRole.Mentee, SurveyWave.Entry, "Оцените", null!) },
        { "items", () => _ = new QuestionnaireInstrument("a1", "Анкета", RespondentRole.Mentee, SurveyWave.Entry, "Оцените", []) },
        { "items", () => _ = new QuestionnaireInstrument("a1", "Анкета", RespondentRole.Mentee, SurveyWave.Entry, "Оцените", [null!]) },
        { "code", () => _ = new QuestionnaireItem(" ", "Вопрос", QuestionKind.Scale) },
        { "text", () => _ = new QuestionnaireItem("q1", " ", QuestionKind.Scale) },
        { "kind", () => _ = new QuestionnaireItem("q1", "Вопрос", (QuestionKind)1000) },
        { "instruments", () => _ = new InstrumentSet(null!) },
        { "instruments", () => _ = new InstrumentSet([null!]) },
        { "itemCode", () => QuestionnaireAnswer.ForScale(" ", 5) },
        { "text", () => QuestionnaireAnswer.ForOpen("q1", null!) },
        { "id", () => QuestionnaireResponse.Create(" ", Instrument(), "P1", E("S1"), Day, []) },
        { "instrument", () => QuestionnaireResponse.Create("r1", null!, "P1", E("S1"), Day, []) },
        { "programmeId", () => QuestionnaireResponse.Create("r1", Instrument(), " ", E("S1"), Day, []) },
        { "respondent", () => QuestionnaireResponse.Create("r1", Instrument(), "P1", default, Day, []) },
        { "answers", () => QuestionnaireResponse.Create("r1", Instrument(), "P1", E("S1"), Day, null!) },
        { "answers", () => QuestionnaireResponse.Create("r1", Instrument(), "P1", E("S1"), Day, [null!]) },
        { "answer", () => AnswerRule.Check(null, null!, false, "r1") },
        { "item", () => RequiredAnswerRule.Check(null!, null, "r1") },
        { "facts", () => MonitoringReport.Build(null!, SampleYear.A, SampleYear.Period) },
        { "organization", () => MonitoringReport.Build(SampleYear.Facts(), null!, SampleYear.Period) },
        { "period", () => MonitoringReport.Build(SampleYear.Facts(), SampleYear.A, null!) },
        { "facts", () => AnalyticalReport.Build(null!, "район", [], SampleYear.Period) },
        { "municipality", () => AnalyticalReport.Build(SampleYear.Facts(), " ", [], SampleYear.Period) },
        { "period", () => AnalyticalReport.Build(SampleYear.Facts(), "район", [], null!) },
        { "organizations", () => AnalyticalReport.Build(SampleYear.Facts(), "район", null!, SampleYear.Period) },
        { "organizations", () => AnalyticalReport.Build(SampleYear.Facts(), "район", [SampleYear.A, SampleYear.A], SampleYear.Period) },
        { "organizations", () => AnalyticalReport.Build(SampleYear.Facts(), "район", [null!], SampleYear.Period) },
        { "practices", () => AnalyticalReport.Build(SampleYear.Facts(), "район", [SampleYear.A], SampleYear.Period, [null!]) },
        { "organizationId", () => MonitoringScope.ForOrganization(default) },
        { "name", () => MonitoringScope.ForMunicipality(" ", []) },
        { "organizations", () => MonitoringScope.ForMunicipality("район", null!) },
        { "organizations", () => MonitoringScope.ForMunicipality("район", [default]) },
        { "facts", () => IndicatorCalculator.Compute(null!, MonitoringScope.ForOrganization(OrgA), SampleYear.Period) },
        { "scope", () => IndicatorCalculator.Compute(SampleYear.Facts(), null!, SampleYear.Period) },
        { "period", () => IndicatorCalculator.Compute(SampleYear.Facts(), MonitoringScope.ForOrganization(OrgA), null!) },
        { "code", () => MonitoringPolicy.Default.WithTarget((IndicatorCode)1000, IndicatorTarget.AtLeast(50)) },
        { "target", () => MonitoringPolicy.Default.WithTarget(IndicatorCode.K1, null!) },
        { "capacity", () => MonitoringPolicy.Default.WithDefaultMentorCapacity(0) },
        { "months", () => MonitoringPolicy.Default.WithRetentionMonths(0) },
        { "months", () => MonitoringPolicy.Default.WithRetentionMonths(61) },
        { "code", () => IndicatorCatalog.Describe((IndicatorCode)1000) },
        { "id", () => IndicatorCalculator.Compute(SampleYear.Facts(), MonitoringScope.ForOrganization(OrgA), SampleYear.Period).Find(null!) },
        { "comparison", () => _ = new IndicatorTarget((TargetComparison)1000, 50) },
        { "source", () => IndicatorTarget.AtLeast(50).WithSource(" ") },
    };

    [Theory]
    [MemberData(nameof(CallerMistakes))]
    public void CallerMistake_IsAnArgumentExceptionNamingTheArgument(string parameter, Action call)
    {
        call.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }
}
