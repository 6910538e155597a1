using Mentorship.Domain.Monitoring.Facts;
using Mentorship.SampleData.Year;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>
/// The monitoring step's data: the shared demo year (<see cref="DemoYear"/>, the same the web host seeds) finished to
/// its date, its facts through the core's adapters, and two neighbouring organisations (generated facts only) for the
/// municipal report.
/// </summary>
internal static class MonitoringDemoData
{
    public const string Municipality = DemoYear.Municipality;

    /// <summary>Builds the demo's monitoring data; plays the banks and pairing steps first (silently) if they have not run.</summary>
    public static MonitoringDemo Build(DemoState state)
    {
        var silent = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        if (state.MenteeBank.Count == 0)
        {
            new BanksStep().Run(state, silent);
        }

        if (state.Pairing is null)
        {
            new PairingStep().Run(state, silent);
        }

        state.Lived.Finish();
        return Of(state.Lived);
    }

    /// <summary>The monitoring data of a year played (and finished) to its date.</summary>
    public static MonitoringDemo Of(DemoYear year)
    {
        var builder = year.AddFactsTo(new MonitoringFactsBuilder());
        var period = year.SchoolYearSoFar;
        var neighbours = NeighbourOrganizations.AddTo(builder, DemoYear.SchoolYear, DemoYear.Year + 100);
        return new MonitoringDemo(
            builder.Build(),
            period,
            year.Practices,
            year.Coverage,
            Municipality,
            [DemoYear.Organization, .. neighbours.Select(n => n.Organization)],
            neighbours.Select(n => n.Practices).ToArray(),
            neighbours.Select(n => n.Coverage).ToArray(),
            year.Names(),
            year.LocalActs);
    }
}
