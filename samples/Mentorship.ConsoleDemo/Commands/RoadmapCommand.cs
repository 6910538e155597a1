using System.Globalization;
using Mentorship.ConsoleDemo.Exports;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Roadmap;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// <c>roadmap [--file FILE] [--year YYYY] [--format table|json|ics]</c>: imports a roadmap table (the seed's by
/// default), schedules it for a year (the clock's by default) on the Russian production calendar, and prints a
/// table with statuses and the next 30 days, or writes JSON or iCalendar to standard output. Bad input: a message
/// on standard error (with the line number for the table), exit code 1 (2 for bad arguments), nothing written.
/// </summary>
internal sealed class RoadmapCommand(TextWriter? output = null, TextWriter? error = null, IClock? clock = null) : ICommand
{
    /// <summary>The organisation's time zone (the seed's institution is in the Volgograd region).</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Volgograd"];

    private const int AgendaDays = 30;

    public string Name => "roadmap";

    public string Summary => "roadmap [--file FILE] [--year YYYY] [--format table|json|ics]: schedules a roadmap table for a year";

    private TextWriter Output => output ?? Console.Out;

    private TextWriter Error => error ?? Console.Error;

    private IClock Clock => clock ?? SystemClock.Instance;

    public int Run(string[] args, IAnsiConsole console)
    {
        if (!TryReadArguments(args, out var file, out var year, out var format, out var problem))
        {
            Error.WriteLine($"roadmap: {problem}");
            Error.WriteLine("usage: roadmap [--file FILE] [--year YYYY] [--format table|json|ics]");
            return 2;
        }

        string text;
        try
        {
            text = file is null ? SeedRoadmapData.Text : File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Error.WriteLine($"roadmap: cannot read '{file}': {e.Message}");
            return 1;
        }

        var imported = RoadmapTableImporter.Import(text);
        if (!imported.IsSuccess)
        {
            var source = file ?? "seed";
            foreach (var problemLine in imported.Failure.Errors)
            {
                Error.WriteLine($"{source}:{problemLine.LineNumber.ToString(CultureInfo.InvariantCulture)}: {problemLine.Message}");
            }

            Error.WriteLine("roadmap: nothing imported.");
            return 1;
        }

        var today = Clock.GetCurrentInstant().InZone(Zone).Date;
        var theYear = year ?? today.Year;
        var calendar = RussianProductionCalendar.Default.WithUnknownYearPolicy(UnknownYearPolicy.LabourCodeOnly);
        var roadmap = imported.Roadmap;
        switch (format)
        {
            case "json":
                Output.Write(RoadmapJsonExporter.Export(roadmap, theYear));
                Output.WriteLine();
                return 0;
            case "ics":
                Output.Write(RoadmapIcsExporter.Export(new RoadmapScheduler(calendar).Schedule(roadmap, theYear), Clock.GetCurrentInstant()));
                return 0;
            default:
                var schedule = new RoadmapScheduler(calendar).Schedule(roadmap, theYear);
                RoadmapView.Write(console, schedule, RoadmapProgress.Empty, today, AgendaDays, calendar);
                return 0;
        }
    }

    private static bool TryReadArguments(string[] args, out string? file, out int? year, out string format, out string problem)
    {
        file = null;
        year = null;
        format = "table";
        problem = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (option is not ("--file" or "--year" or "--format"))
            {
                problem = $"unknown argument '{option}'.";
                return false;
            }

            if (i + 1 >= args.Length)
            {
                problem = $"{option} needs a value.";
                return false;
            }

            var value = args[++i];
            switch (option)
            {
                case "--file":
                    file = value;
                    break;
                case "--year":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 9998)
                    {
                        problem = $"--year must be a year between 1900 and 9998, not '{value}'.";
                        return false;
                    }

                    year = y;
                    break;
                default:
                    if (value is not ("table" or "json" or "ics"))
                    {
                        problem = $"--format must be table, json or ics, not '{value}'.";
                        return false;
                    }

                    format = value;
                    break;
            }
        }

        return true;
    }
}
