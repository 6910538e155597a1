using System.Text;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Documents;

/// <summary>
/// The documents' vocabulary as one approved text (<c>Golden/wording.txt</c>): every value of every enumeration the
/// documents name (and a value outside the enumeration, which falls to the last branch), the plural forms of the
/// numbers whose endings differ, dates, sums, and the wording of indicators, questionnaire figures and SWOT lines.
/// A changed word shows as a changed line.
/// </summary>
public class WordingGoldenTests
{
    /// <summary>The approved texts this class checks, beside the documents'.</summary>
    public static readonly string[] Files = ["wording.txt", "numbers.txt", "indicators.txt"];

    private static readonly DateInterval Year = new(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31));

    [Fact]
    public void Vocabulary_IsAsApproved()
    {
        var text = new StringBuilder();
        Section(text, "form", Every<MentorshipForm>(RussianPhrases.Form));
        Section(text, "participants", Every<ParticipantsForm>(RussianPhrases.Participants));
        Section(text, "variant", Every<EducatorPairVariant>(RussianPhrases.Variant));
        Section(text, "category", Every<QualificationCategory>(RussianPhrases.Category));
        Section(text, "replacement grounds", Every<ReplacementGrounds>(RussianPhrases.Grounds));
        Section(text, "early termination grounds", Every<EarlyTerminationGrounds>(RussianPhrases.Grounds));
        Section(text, "leaving grounds", Every<MenteeLeavingGrounds>(RussianPhrases.Grounds));
        Section(text, "initiator", Every<TerminationInitiator>(RussianPhrases.Initiator));
        Section(text, "outcome", Every<MentoringOutcome>(RussianPhrases.Outcome));
        Section(text, "responsible in a pair", Every<PlanResponsible>(r => RussianPhrases.Responsible(r, group: false)));
        Section(text, "responsible in a group", Every<PlanResponsible>(r => RussianPhrases.Responsible(r, group: true)));
        Section(text, "support role", Every<SupportRole>(RussianPhrases.Role));
        Section(text, "unpaired cause", Every<UnpairedCause>(RussianPhrases.Cause));
        Section(text, "unit status", Every<MentoringUnitStatus>(RussianPhrases.Status));
        Section(text, "roadmap status", Every<RoadmapItemStatus>(MonitoringWording.Status));
        Section(text, "practice kind", Every<PracticeKind>(MonitoringWording.Kind));
        Section(text, "coverage channel", Every<CoverageChannel>(MonitoringWording.Channel));
        Section(text, "swot quadrant", Every<SwotQuadrant>(MonitoringWording.Quadrant));
        Section(text, "indicator stage", Every<IndicatorStage>(MonitoringWording.Stage));
        Section(text, "indicator direction", Every<IndicatorDirection>(MonitoringWording.Direction));
        Section(text, "respondent role", Every<RespondentRole>(MonitoringWording.RolePlural));
        Section(text, "presence", [$"True = {MonitoringWording.Presence(true)}", $"False = {MonitoringWording.Presence(false)}"]);
        Golden.Check("Documents", "wording.txt", text.ToString());
    }

    [Fact]
    public void NumbersDatesAndSums_AreAsApproved()
    {
        var text = new StringBuilder();
        int[] counts = [0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 14, 15, 19, 20, 21, 22, 24, 25, 100, 101, 102, 104, 105, 110, 111, 112, 114, 115, 121, 122, 1011, 1021];
        Section(text, "years", counts.Select(RussianPhrases.Years));
        Section(text, "months", counts.Select(RussianPhrases.Months));
        Section(text, "working days", counts.Select(RussianPhrases.WorkingDays));
        Section(text, "experience", new[] { -1, 0, 1, 2, 5 }.Select(y => $"{y} = {RussianPhrases.Experience(y)}"));
        Section(text, "sentence", new[] { string.Empty, "методист", "Петров П. П.", "." }.Select(s => $"«{s}» = «{RussianPhrases.Sentence(s)}»"));
        var week = Enumerable.Range(0, 7).Select(d => new LocalDate(2026, 8, 31).PlusDays(d));
        Section(text, "weekday", week.Select(d => $"{RussianPhrases.Short(d)} = {RussianPhrases.Weekday(d)}"));
        Section(text, "long date", Enumerable.Range(1, 12).Select(m => RussianPhrases.Long(new LocalDate(2026, m, m))));
        Section(text, "period", [RussianPhrases.Period(Year), MonitoringWording.Period(Year), MonitoringWording.Date(Year.End)]);
        decimal[] sums = [0m, 5m, 999m, 1000m, 6500m, 12345.5m, 1234567.89m];
        Section(text, "roubles (orders)", sums.Select(RussianPhrases.Roubles));
        Section(text, "roubles (reports)", sums.Select(MonitoringWording.Roubles));
        Section(text, "number", new[] { (0m, 0), (2.45m, 1), (2.449m, 1), (-2.45m, 1), (1234.5m, 2), (7m, 0) }.Select(n => $"{n.Item1}/{n.Item2} = {MonitoringWording.Number(n.Item1, n.Item2)}"));
        Section(text, "plural (answers)", new long[] { 1, 2, 5, 11, 21 }.Select(n => MonitoringWording.Plural(n, "ответ", "ответа", "ответов")));
        Golden.Check("Documents", "numbers.txt", text.ToString());
    }

    [Fact]
    public void IndicatorsFiguresAndSwotLines_AreAsApproved()
    {
        var text = new StringBuilder();
        var results = new[]
        {
            Result(IndicatorCode.K2, null, 7, 8, new IndicatorTarget(TargetComparison.AtLeast, 87.5m)),
            Result(IndicatorCode.K2, null, 0, 0, null),
            Result(IndicatorCode.K5, null, 1, 9, new IndicatorTarget(TargetComparison.AtMost, 10m)),
            Result(IndicatorCode.K6, RespondentRole.Mentee, 43, 5, new IndicatorTarget(TargetComparison.AtLeast, 8m)),
            Result(IndicatorCode.K6, RespondentRole.Mentor, 45, 1, null),
            Result(IndicatorCode.K7, RespondentRole.Mentee, 7, 3, null),
            Result(IndicatorCode.K7, RespondentRole.Mentee, -4, 2, null),
            Result(IndicatorCode.K7, RespondentRole.Mentee, 0, 21, null),
            Result(IndicatorCode.K9, null, 11, 4, new IndicatorTarget(TargetComparison.AtMost, 3m)),
            Result(IndicatorCode.K9, null, 1, 1, null),
        };
        Section(text, "indicators", results.Select(r =>
            $"{r.Code}{(r.Role is { } role ? "." + role : string.Empty)} {r.Numerator}/{r.Denominator}: «{MonitoringWording.Title(r)}» value «{MonitoringWording.Value(r)}» basis «{MonitoringWording.Basis(r)}» target «{MonitoringWording.Target(r)}»"));
        var figures = new[] { new WaveFigure(0, null), new WaveFigure(1, 7.25m), new WaveFigure(12, 83.333m), new WaveFigure(22, null) };
        Section(text, "figures", figures.SelectMany(f => new[] { QuestionKind.Scale, QuestionKind.YesNo, QuestionKind.Open }
            .Where(k => f.Value is not null || k == QuestionKind.Open || f.Answers == 0)
            .Select(k => $"{k} {f.Answers}/{f.Value}: {MonitoringWording.Figure(f, k)}")));
        var pairs = new[]
        {
            Pair(QuestionKind.Scale, 6.5m, 8m), Pair(QuestionKind.Scale, 8m, 6.5m), Pair(QuestionKind.Scale, 7m, 7m),
            Pair(QuestionKind.YesNo, 40m, 75m), Pair(QuestionKind.YesNo, 75m, 40m), Pair(QuestionKind.Scale, null, 7m),
            Pair(QuestionKind.Scale, 7m, null), Pair(QuestionKind.Open, 1m, 2m),
        };
        Section(text, "changes", pairs.Select(p => $"{p.Kind} {p.Entry.Value}→{p.Final.Value}: {MonitoringWording.Change(p)}"));
        var set = new IndicatorSet(MonitoringScope.ForOrganization(OrganizationId.From("cdt")), Year, [results[0], results[3], results[8]], []);
        Section(text, "swot", Enum.GetValues<SwotSignal>().Append((SwotSignal)1000).SelectMany(signal => new[]
        {
            new SwotInput(SwotQuadrant.Strength, signal, signal is SwotSignal.TargetMet or SwotSignal.TargetMissed ? "K2" : null, 3m),
            new SwotInput(SwotQuadrant.Weakness, signal, signal is SwotSignal.TargetMet or SwotSignal.TargetMissed ? "K9" : "K6.mentee", 2.5m),
        }).Select(i => $"{i.Signal} {i.Subject ?? "-"} {i.Figure}: {MonitoringWording.Swot(i, set)}"));
        Golden.Check("Documents", "indicators.txt", text.ToString());
    }

    private static IndicatorResult Result(IndicatorCode code, RespondentRole? role, long numerator, long denominator, IndicatorTarget? target) =>
        new(code, role, numerator, denominator, [], [], target);

    private static QuestionnaireItemSummary Pair(QuestionKind kind, decimal? entry, decimal? final) =>
        new(RespondentRole.Mentee, "q1", "Вопрос", kind, new WaveFigure(entry is null ? 0 : 5, entry), new WaveFigure(final is null ? 0 : 5, final));

    private static IEnumerable<string> Every<T>(Func<T, string> phrase)
        where T : struct, Enum =>
        Enum.GetValues<T>().Append((T)Enum.ToObject(typeof(T), 1000)).Select(v => $"{v} = {phrase(v)}");

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        text.Append("## ").Append(title).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append('\n');
    }
}
