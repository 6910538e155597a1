using Mentorship.ConsoleDemo.Steps;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>The default run: the seed's institution through its year, one step after another, on embedded data.</summary>
internal sealed class DemoCommand : ICommand
{
    /// <summary>The steps of the demo year, in order. Add a step here, one line each.</summary>
    private static readonly IDemoStep[] Steps =
    [
        new BanksStep(),
        new MatchingStep(),
        new PairingStep(),
        new RoadmapStep(),
        new MonitoringStep(),
    ];

    public string Name => "demo";

    public string Summary => "demo: год наставничества демонстрационной организации на встроенных данных (по умолчанию)";

    public int Run(string[] args, IAnsiConsole console)
    {
        var state = DemoState.Create();
        console.Write(new Rule($"[bold]{Markup.Escape(state.Organization.ShortName)}[/]: система наставничества, {state.Year} год").LeftJustified());
        new YearProgress(Steps).Run(console, step =>
        {
            console.Write(new Rule($"[yellow]{Markup.Escape(step.Title)}[/]").LeftJustified());
            step.Run(state, console);
        });
        console.MarkupLine(Markup.Escape(YearSummary(state)));
        return 0;
    }

    /// <summary>What the year produced, in one line: the banks, the pairs and groups, the orders, programmes and support plans.</summary>
    private static string YearSummary(DemoState state)
    {
        var units = state.Pairing?.Units ?? [];
        return $"Итог года: в банках {state.MenteeBank.Entries.Count} наставляемых и {state.MentorBank.Entries.Count} наставников; "
            + $"пар {units.Count(u => !u.IsGroup)}, групп {units.Count(u => u.IsGroup)}; приказов {state.Pairing?.Orders.Count ?? 0}; "
            + $"программ {state.Programmes.Count}; планов поддержки {state.SupportPlans.Count}.";
    }
}
