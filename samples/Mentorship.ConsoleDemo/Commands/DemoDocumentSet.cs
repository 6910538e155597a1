using System.Globalization;
using Mentorship.ConsoleDemo.Steps;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Pairing;
using Mentorship.SampleData.Year;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// Every document of the demo year, each with a Russian file name (without extension): the orders the register issued
/// (fixing, composition change, early termination, replacement), the personalised programmes, the support plans, the
/// internal справка and the municipal аналитическая справка.
/// </summary>
internal static class DemoDocumentSet
{
    /// <summary>Plays the demo year silently and renders its documents in the order they were issued.</summary>
    public static IReadOnlyList<(string FileName, RenderedDocument Document)> Build()
    {
        var state = DemoState.Create();
        var demo = MonitoringDemoData.Build(state);
        var register = state.Pairing!;
        var signatures = PairingDemoData.Signatures;
        var documents = new List<(string, RenderedDocument)>();
        var n = 1;
        foreach (var order in register.Orders)
        {
            var directory = ParticipantDirectory.FromBanks(state.MenteeBank, state.MentorBank, order.Date);
            documents.Add(($"{n++:00} Приказ {Safe(order.Number)} от {Date(order.Date)} ({Kind(order.Kind)})", PairingOrderDocument.Render(register, order, state.Organization, directory, signatures)));
        }

        foreach (var programme in state.Programmes)
        {
            var unit = register[programme.UnitId];
            var directory = ParticipantDirectory.FromBanks(state.MenteeBank, state.MentorBank, programme.Period.Start);
            documents.Add(($"{n++:00} Программа наставничества {Safe(unit.Id.Value)}", ProgramDocument.Render(programme, unit, state.Organization, directory, signatures)));
        }

        foreach (var plan in state.SupportPlans)
        {
            var directory = ParticipantDirectory.FromBanks(state.MenteeBank, state.MentorBank, plan.OpenedOn);
            documents.Add(($"{n++:00} План поддержки наставляемого {Safe(plan.Mentee.Value)}", SupportPlanDocument.Render(plan, state.Organization, directory, signatures)));
        }

        documents.Add(($"{n++:00} Справка по итогам внутреннего мониторинга", MonitoringReportDocument.Render(demo.InstitutionReport(), demo.NameOf)));
        documents.Add(($"{n:00} Аналитическая справка", AnalyticalReportDocument.Render(demo.MunicipalReport(), demo.NameOf)));
        return documents;
    }

    private static string Kind(OrderKind kind) => kind switch
    {
        OrderKind.FixingUnits => "о закреплении",
        OrderKind.MentorReplacement => "о замене наставника",
        OrderKind.GroupMembershipChange => "об изменении состава группы",
        _ => "о досрочном прекращении",
    };

    private static string Date(NodaTime.LocalDate date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>Keeps letters, digits, «-» and «.»; anything else (a slash in an order number) becomes «_».</summary>
    private static string Safe(string text) => new(text.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
}
