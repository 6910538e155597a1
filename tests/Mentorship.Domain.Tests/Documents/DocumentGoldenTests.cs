using Mentorship.Domain.Calendar;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.Tests.Monitoring;
using Mentorship.Domain.Tests.Pairing;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.Documents.PairingOrderDocumentTests;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Documents;

/// <summary>
/// Every kind of document, rendered from a fixed sample, equals its approved text in <c>Documents/Golden/</c> word for
/// word: a changed word, number, date or line break of a document a person signs fails here. The other document tests
/// say what each part means; these catch everything they do not name. After an intended change of wording, run these
/// tests once with <c>MENTORSHIP_WRITE_DOCS=1</c> and read the difference of the golden files before committing it.
/// </summary>
public class DocumentGoldenTests
{
    private static readonly LocalDate ChangeDay = new(2026, 11, 23);

    /// <summary>The documents by file name.</summary>
    private static readonly IReadOnlyDictionary<string, Func<string>> Documents = new Dictionary<string, Func<string>>
    {
        ["monitoring-report.md"] = () => MonitoringReportDocument.Render(Monitoring(), NameOf).Markdown,
        ["monitoring-report.txt"] = () => MonitoringReportDocument.Render(Monitoring(), NameOf).PlainText,
        ["monitoring-report-60.txt"] = () => MonitoringReportDocument.Render(Monitoring(), width: 60).PlainText,
        ["monitoring-report-charts.txt"] = () => Charts(MonitoringReportDocument.Render(Monitoring(), NameOf)),
        ["monitoring-report-empty.txt"] = () => MonitoringReportDocument.Render(MonitoringReport.Build(Mentorship.Domain.Monitoring.Facts.MonitoringFacts.Empty, SampleYear.A, SampleYear.Period), width: 80).PlainText,
        ["analytical-report.md"] = () => AnalyticalReportDocument.Render(Analytical(), NameOf).Markdown,
        ["analytical-report-80.txt"] = () => AnalyticalReportDocument.Render(Analytical(), width: 80).PlainText,
        ["analytical-report-charts.txt"] = () => Charts(AnalyticalReportDocument.Render(Analytical(), NameOf)),
        ["analytical-report-empty.md"] = () => AnalyticalReportDocument.Render(AnalyticalReport.Build(Mentorship.Domain.Monitoring.Facts.MonitoringFacts.Empty, "Иловлинский муниципальный район", [], SampleYear.Period)).Markdown,
        ["analytical-report-quiet.md"] = () => AnalyticalReportDocument.Render(AnalyticalReport.Build(Mentorship.Domain.Monitoring.Facts.MonitoringFacts.Empty, "Иловлинский муниципальный район", [SampleYear.A, SampleYear.B], SampleYear.Period)).Markdown,
        ["order-fixing.md"] = () => Order(FixingOrder).Markdown,
        ["order-fixing.txt"] = () => Order(FixingOrder).PlainText,
        ["order-termination.md"] = () => Order(TerminationOrder).Markdown,
        ["order-replacement.txt"] = () => Order(ReplacementOrder).PlainText,
        ["order-group-termination.md"] = () => Order(GroupTerminationOrder).Markdown,
        ["order-group-replacement.txt"] = () => Order(GroupReplacementOrder).PlainText,
        ["order-group-move.md"] = () => Order(MoveOrder).Markdown,
        ["order-group-release.txt"] = () => Order(ReleaseOrder).PlainText,
        ["order-group-join.md"] = () => Order(JoinOrder).Markdown,
        ["order-anonymised.txt"] = () => Order(AnonymisedOrder, ParticipantDirectory.Empty).PlainText,
        ["programme.md"] = () => Programme().Markdown,
        ["programme-70.txt"] = () => Programme(70).PlainText,
        ["programme-pair-completed.md"] = () => PairProgramme(completed: true).Markdown,
        ["programme-pair-closed.txt"] = () => PairProgramme(completed: false).PlainText,
        ["support-plan.md"] = () => SupportPlanDocument.Render(OpenPlan(), School, Directory(), Signatures).Markdown,
        ["support-plan-closed.txt"] = () => SupportPlanDocument.Render(ClosedPlan(), School, Directory(), Signatures).PlainText,
    };

    /// <summary>The file names, for the theory.</summary>
    public static TheoryData<string> Names => new(Documents.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Document_IsItsApprovedText(string name) => Golden.Check("Documents", name, Documents[name]());

    [Fact]
    public void GoldenFolder_HoldsNoFileNoTestRenders()
    {
        System.IO.Directory.GetFiles(Golden.Folder("Documents")).Select(Path.GetFileName)
            .Should().BeEquivalentTo(Documents.Keys.Concat(WordingGoldenTests.Files).Concat(LayoutBlocksTests.GoldenFiles));
    }

    /// <summary>The charts of a document (which its Markdown and plain text leave out), as Word draws them.</summary>
    private static string Charts(RenderedDocument document)
    {
        var text = new System.Text.StringBuilder();
        foreach (var chart in document.Content.Blocks.Where(b => b.Kind == DocumentBlockKind.Chart).Select(b => b.Chart!))
        {
            text.Append("## ").Append(chart.Title).Append('\n');
            text.Append("axis: ").Append(chart.ValueAxisTitle).Append(", maximum: ").Append(chart.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "auto").Append('\n');
            text.Append("categories: ").Append(string.Join(" | ", chart.Categories)).Append('\n');
            foreach (var series in chart.Series)
            {
                text.Append(series.Name).Append(": ")
                    .Append(string.Join(" | ", series.Values.Select(v => v?.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) ?? "—"))).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string? NameOf(Mentorship.Domain.People.EducatorId id) => id.Value switch
    {
        "S1" => "Павлова Д. О.",
        "T1" => "Ефимова Н. С.",
        _ => null,
    };

    internal static MonitoringReport Monitoring() =>
        MonitoringReport.Build(SampleYear.Facts(), SampleYear.A, SampleYear.Period, SampleYear.Practices(), SampleYear.Coverage(), FactBuilders.Instruments);

    internal static AnalyticalReport Analytical() => AnalyticalReport.Build(
        SampleYear.Facts(), "Иловлинский муниципальный район", [SampleYear.A, SampleYear.B], SampleYear.Period,
        [SampleYear.Practices()], [SampleYear.Coverage()], FactBuilders.Instruments);

    private static RenderedDocument Order(Func<PairingRegister, AdministrativeOrder> issue, ParticipantDirectory? directory = null)
    {
        var register = Register();
        var order = issue(register);
        return PairingOrderDocument.Render(register, order, School, directory ?? Directory(), Signatures);
    }

    private static AdministrativeOrder FixingOrder(PairingRegister register)
    {
        var pair = Propose(register, "T01", "S01");
        var group = Propose(register, "T02", "S02", "S03");
        Consent(register, pair);
        Consent(register, group);
        return Fix(register, pair, group);
    }

    private static AdministrativeOrder TerminationOrder(PairingRegister register)
    {
        var unit = Running(register, "T01", "S01");
        return register.TerminateEarly(unit.Id, Termination(register, new LocalDate(2026, 10, 30), new LocalDate(2026, 11, 5))).Value;
    }

    private static AdministrativeOrder ReplacementOrder(PairingRegister register)
    {
        var unit = Running(register, "T01", "S01");
        return register.ReplaceMentor(unit.Id, Replacement(register, "T02", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18))).Value;
    }

    private static AdministrativeOrder GroupTerminationOrder(PairingRegister register)
    {
        var group = Running(register, "T01", "S01", "S02");
        var request = Termination(register, new LocalDate(2026, 10, 30), new LocalDate(2026, 11, 5), EarlyTerminationGrounds.MenteeLeftJob);
        return register.TerminateEarly(group.Id, request).Value;
    }

    private static AdministrativeOrder GroupReplacementOrder(PairingRegister register)
    {
        var group = Running(register, "T01", "S01", "S02", "S03");
        var request = Replacement(register, "T02", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 18), ReplacementGrounds.MentorLeftJob, form: Mentorship.Domain.People.MentorshipForm.Group);
        var result = register.ReplaceMentor(group.Id, request);
        result.IsAccepted.Should().BeTrue(result.IsAccepted ? string.Empty : result.Rejection.ToString());
        return result.Value;
    }

    private static AdministrativeOrder MoveOrder(PairingRegister register)
    {
        var from = Running(register, "T01", "S01", "S02", "S03");
        var to = Running(register, "T02", "S04", "S05");
        return register.MoveMentee(from.Id, to.Id, GroupMembershipTests.Join(register, "S03")).Value;
    }

    private static AdministrativeOrder ReleaseOrder(PairingRegister register)
    {
        var group = Running(register, "T01", "S01", "S02", "S03");
        return register.ReleaseMenteeFromGroup(group.Id, GroupMembershipTests.Release(register, "S03")).Value;
    }

    private static AdministrativeOrder JoinOrder(PairingRegister register)
    {
        var group = Running(register, "T01", "S01", "S02");
        return register.AddMenteeToGroup(group.Id, GroupMembershipTests.Join(register, "S03", ChangeDay)).Value;
    }

    private static AdministrativeOrder AnonymisedOrder(PairingRegister register)
    {
        Running(register, "T01", "S01");
        register.WithdrawPersonalDataConsent(Id("S01"), new LocalDate(2026, 10, 1), Withdrawal(register, new LocalDate(2026, 10, 1)));
        return register.Orders[0];
    }

    private static RenderedDocument Programme(int width = RenderedDocument.DefaultWidth)
    {
        var register = Register();
        var group = Running(register, "T01", "S01", "S02", "S03");
        var programme = ProgramBuild.Program(group);
        programme.Approve(new LocalDate(2026, 9, 4));
        programme.MarkDone(1, Start, "проведена");
        register.ReleaseMenteeFromGroup(group.Id, GroupMembershipTests.Release(register, "S03"));
        register.AddMenteeToGroup(group.Id, GroupMembershipTests.Join(register, "S04"));
        return ProgramDocument.Render(programme, group, School, Directory(), Signatures, plainTextWidth: width);
    }

    /// <summary>A pair's programme with no difficulties found: completed with an evaluation, or closed when the pair ended early.</summary>
    private static RenderedDocument PairProgramme(bool completed)
    {
        var register = Register();
        var pair = Running(register, "T01", "S01");
        var draft = ProgramBuild.Draft(pair) with { Diagnoses = [new MenteeDiagnosis(Id("S01"), [], [], "освоить методику проектной деятельности")] };
        var programme = PersonalizedProgram.Draft(pair, Build.Org, draft, OrderDate).Value;
        programme.Approve(new LocalDate(2026, 9, 4)).IsAccepted.Should().BeTrue();
        programme.MarkDone(1, Start, "проведена").IsAccepted.Should().BeTrue();
        if (completed)
        {
            programme.Complete(new ProgramEvaluation(SchoolYear.End, MentoringOutcome.Achieved, "цель достигнута", "представить опыт на методическом совете")).IsAccepted.Should().BeTrue();
        }
        else
        {
            register.TerminateEarly(pair.Id, Termination(register, new LocalDate(2026, 10, 30), new LocalDate(2026, 11, 5))).IsAccepted.Should().BeTrue();
            programme.Close(new LocalDate(2026, 11, 5)).IsAccepted.Should().BeTrue();
        }

        return ProgramDocument.Render(programme, pair, School, Directory(), Signatures, plainTextWidth: 80);
    }

    internal static SupportPlan OpenPlan()
    {
        var opened = new LocalDate(2026, 10, 30);
        var plan = SupportPlan.OpenStandard(Id("S01"), Build.Org, Build.Year, opened, UnpairedCause.AllCapableMentorsFull, new DateInterval(opened, SchoolYear.End), RussianProductionCalendar.Default).Value;
        plan.MarkDone(1, new LocalDate(2026, 11, 5));
        plan.RecordSearch(new SearchAttempt(new LocalDate(2026, 11, 2), false, UnpairedCause.AllCapableMentorsFull));
        return plan;
    }

    private static SupportPlan ClosedPlan()
    {
        var plan = OpenPlan();
        plan.RecordSearch(new SearchAttempt(new LocalDate(2026, 12, 1), true, null));
        plan.PairFound(MentoringUnitId.From("2026-009"), new LocalDate(2026, 12, 4));
        return plan;
    }
}
