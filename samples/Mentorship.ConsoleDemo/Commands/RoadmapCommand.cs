using System.Globalization;
using Mentorship.ConsoleDemo.Exports;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Roadmap;
using Mentorship.SampleData;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// <c>roadmap [--file FILE] [--year YYYY] [--format table|json|ics] [--done FILE] [--as-of DATE] [--strict]</c>: imports a
/// roadmap table (the seed's by default), schedules it for a year (the clock's by default) on the Russian production
/// calendar, and prints a table with statuses and the next 30 days as of a date (the clock's by default), counting
/// the work marked done in a progress file, or writes JSON or iCalendar to standard output. A timing cell it cannot read
/// is taken without dates, with a warning and its line on standard error (exit code 0); with <c>--strict</c> it refuses
/// the table instead. Bad input: a message on
/// standard error (with the line number for a table or a progress file), exit code 1 (2 for bad arguments),
/// nothing written.
/// </summary>
internal sealed class RoadmapCommand(TextWriter? output = null, TextWriter? error = null, IClock? clock = null) : ICommand
{
    /// <summary>The organisation's time zone (the seed's institution is in the Volgograd region).</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Volgograd"];

    private const int AgendaDays = 30;

    private static readonly NodaTime.Text.LocalDatePattern AsOfPattern = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu");

    public string Name => "roadmap";

    private const string Usage = "roadmap [--file FILE] [--year YYYY] [--format table|json|ics] [--done FILE] [--as-of DD.MM.YYYY] [--strict]";

    public string Summary => Usage + ": schedules a roadmap table for a year and tracks it";

    private TextWriter Output => output ?? Console.Out;

    private TextWriter Error => error ?? Console.Error;

    private IClock Clock => clock ?? SystemClock.Instance;

    public int Run(string[] args, IAnsiConsole console)
    {
        if (!TryReadArguments(args, out var options, out var problem))
        {
            Error.WriteLine($"roadmap: {problem}");
            Error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var (file, year, format, doneFile, asOf, strict) = options;

        string? doneText = null;
        if (!TryRead(file, out var text) || (doneFile is not null && !TryRead(doneFile, out doneText)))
        {
            return 1;
        }

        var imported = RoadmapTableImporter.Import(text, strict ? RoadmapImportOptions.Strict : RoadmapImportOptions.Default);
        var source = file ?? "seed";
        foreach (var warning in imported.Warnings)
        {
            Error.WriteLine($"{source}:{warning.LineNumber.ToString(CultureInfo.InvariantCulture)}: предупреждение: {warning.Message}");
        }

        if (!imported.IsSuccess)
        {
            foreach (var problemLine in imported.Failure.Errors)
            {
                Error.WriteLine($"{source}:{problemLine.LineNumber.ToString(CultureInfo.InvariantCulture)}: {problemLine.Message}");
            }

            Error.WriteLine("roadmap: nothing imported.");
            return 1;
        }

        var today = asOf ?? Clock.GetCurrentInstant().InZone(Zone).Date;
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
                var progress = RoadmapProgress.Empty;
                if (doneText is not null)
                {
                    if (RoadmapProgressFile.Read(doneText, schedule, today, out var errors) is not { } read)
                    {
                        foreach (var (line, message) in errors)
                        {
                            Error.WriteLine($"{doneFile}:{line.ToString(CultureInfo.InvariantCulture)}: {message}");
                        }

                        Error.WriteLine("roadmap: no progress read, nothing printed.");
                        return 1;
                    }

                    progress = read;
                }

                RoadmapView.Write(console, schedule, progress, today, AgendaDays, calendar);
                return 0;
        }
    }

    /// <summary>Reads a file (the seed when <paramref name="file"/> is null), or reports why it cannot.</summary>
    private bool TryRead(string? file, out string text)
    {
        try
        {
            text = file is null ? SeedRoadmap.Text : File.ReadAllText(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Error.WriteLine($"roadmap: cannot read '{file}': {e.Message}");
            text = string.Empty;
            return false;
        }
    }

    private static bool TryReadArguments(string[] args, out Options options, out string problem)
    {
        options = new Options(null, null, "table", null, null, false);
        problem = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (option == "--strict")
            {
                options = options with { Strict = true };
                continue;
            }

            if (option is not ("--file" or "--year" or "--format" or "--done" or "--as-of"))
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
                    options = options with { File = value };
                    break;
                case "--done":
                    options = options with { DoneFile = value };
                    break;
                case "--year":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 9998)
                    {
                        problem = $"--year must be a year between 1900 and 9998, not '{value}'.";
                        return false;
                    }

                    options = options with { Year = y };
                    break;
                case "--as-of":
                    if (!AsOfPattern.Parse(value).TryGetValue(default, out var date))
                    {
                        problem = $"--as-of must be a date as dd.MM.yyyy, not '{value}'.";
                        return false;
                    }

                    options = options with { AsOf = date };
                    break;
                default:
                    if (value is not ("table" or "json" or "ics"))
                    {
                        problem = $"--format must be table, json or ics, not '{value}'.";
                        return false;
                    }

                    options = options with { Format = value };
                    break;
            }
        }

        if (options.Format != "table" && (options.DoneFile is not null || options.AsOf is not null))
        {
            problem = "--done and --as-of apply to the table format only.";
            return false;
        }

        return true;
    }

    /// <summary>The command line, read.</summary>
    private sealed record Options(string? File, int? Year, string Format, string? DoneFile, LocalDate? AsOf, bool Strict);
}
