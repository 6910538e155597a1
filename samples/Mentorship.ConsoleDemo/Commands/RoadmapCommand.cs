using System.Globalization;
using Mentorship.ConsoleDemo.Commands.Files;
using Mentorship.ConsoleDemo.Exports;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Roadmap;
using Mentorship.SampleData;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// <c>roadmap [--file FILE] [--year YYYY] [--format table|json|ics] [--done FILE] [--as-of DATE] [--out FILE] [--strict]</c>: imports a
/// roadmap table (the seed's by default), schedules it for a year (the clock's by default) on the Russian production
/// calendar, and prints a table with statuses and the next 30 days as of a date (the clock's by default), counting
/// the work marked done in a progress file, or writes JSON or iCalendar to standard output. A timing cell it cannot read
/// is taken without dates, with a warning and its line on standard error (exit code 0); with <c>--strict</c> it refuses
/// the table instead. Bad input: a message on
/// standard error (with the line number for a table or a progress file), exit code 1 (2 for bad arguments),
/// nothing written. Input files are read by <see cref="TextSource"/> (UTF-8, UTF-16 with BOM, Windows-1251); the
/// output goes to standard output or, with <c>--out</c>, safely to a file (<see cref="SafeOutput"/>); a failed write
/// is one line on standard error and exit code 1.
/// </summary>
internal sealed class RoadmapCommand(TextWriter? output = null, TextWriter? error = null, IClock? clock = null) : ICommand
{
    /// <summary>The organisation's time zone (the seed's institution is in the Volgograd region).</summary>
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Volgograd"];

    private const int AgendaDays = 30;

    private static readonly NodaTime.Text.LocalDatePattern AsOfPattern = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu");

    /// <summary>The years a roadmap is scheduled for and a status date may fall in (the agenda looks 30 days past it).</summary>
    private const int FirstYear = 1900;

    private const int LastYear = 9998;

    public string Name => "roadmap";

    private const string Usage = "roadmap [--file FILE] [--year YYYY] [--format table|json|ics] [--done FILE] [--as-of DATE] [--out FILE] [--strict]";

    public string Summary => Usage + ": график дорожной карты на год и его исполнение";

    private TextWriter Output => output ?? Console.Out;

    private TextWriter Error => error ?? Console.Error;

    private IClock Clock => clock ?? SystemClock.Instance;

    public int Run(string[] args, IAnsiConsole console)
    {
        if (args.Any(a => a is "--help" or "-h"))
        {
            Output.Write(Help);
            return 0;
        }

        if (!TryReadArguments(args, out var options, out var problem))
        {
            Error.WriteLine($"roadmap: {problem}");
            Error.WriteLine($"использование: {Usage} (подробно: roadmap --help)");
            return 2;
        }

        var (file, year, format, doneFile, asOf, strict) = options;

        string? doneText = null;
        if (!TryRead(file, out var text) || (doneFile is not null && !TryRead(doneFile, out doneText)))
        {
            return 1;
        }

        var imported = OfficeFormats.ImportRoadmap(file, text, strict ? RoadmapImportOptions.Strict : RoadmapImportOptions.Default);
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

            Error.WriteLine("roadmap: ничего не импортировано.");
            return 1;
        }

        var today = asOf ?? Clock.GetCurrentInstant().InZone(Zone).Date;
        var theYear = year ?? today.Year;
        var calendar = RussianProductionCalendar.Default.WithUnknownYearPolicy(UnknownYearPolicy.LabourCodeOnly);
        var roadmap = imported.Roadmap;
        switch (format)
        {
            case "json":
                return Write(options.Out, writer =>
                {
                    writer.Write(RoadmapJsonExporter.Export(roadmap, theYear));
                    writer.WriteLine();
                });
            case "ics":
                var calendarText = RoadmapIcsExporter.Export(new RoadmapScheduler(calendar).Schedule(roadmap, theYear), Clock.GetCurrentInstant());
                return Write(options.Out, writer => writer.Write(calendarText));
            default:
                var schedule = new RoadmapScheduler(calendar).Schedule(roadmap, theYear);
                var progress = RoadmapProgress.Empty;
                if (doneText is not null)
                {
                    if (RoadmapProgressFile.Read(doneText, schedule, today, out var errors) is not { } read)
                    {
                        foreach (var (line, message) in errors)
                        {
                            Error.WriteLine($"roadmap: файл {EchoText.Escape(doneFile!, 200)}, строка {line.ToString(CultureInfo.InvariantCulture)}: {message}");
                        }

                        Error.WriteLine("roadmap: отметки о выполнении не прочитаны, ничего не напечатано.");
                        return 1;
                    }

                    progress = read;
                }

                return WriteTable(options.Out, console, target => RoadmapView.Write(target, schedule, progress, today, AgendaDays, calendar));
        }
    }

    /// <summary>The text of <c>roadmap --help</c>.</summary>
    public static string Help => $"""
        использование: {Usage}

        Импортирует таблицу дорожной карты (по умолчанию — встроенную из методических рекомендаций), раскладывает её
        по производственному календарю на год и печатает таблицу работ со статусами, ближайшие 30 дней и K12;
        или выводит JSON либо iCalendar.

          --file FILE     таблица дорожной карты (текст с табуляциями или Markdown); по умолчанию встроенная
          --year YYYY     год графика, {FirstYear}–{LastYear}; по умолчанию текущий
          --format F      table (по умолчанию), json или ics
          --done FILE     отметки о выполнении: «ид работы;дата» в строке (только для table)
          --as-of DATE    дата статуса, дд.мм.гггг или гггг-мм-дд (только для table); по умолчанию сегодня
          --out FILE      записать результат в файл (через временный файл рядом); без него — в стандартный вывод
          --strict        отказать во всей таблице, если хоть один срок не прочитан (по умолчанию такая работа
                          берётся без дат с предупреждением в стандартный поток ошибок)
          --help, -h      эта справка

        Файлы: UTF-8 (с BOM или без), UTF-16 с BOM или Windows-1251.
        Коды выхода: 0 — готово; 1 — ошибка во входном файле или запись не удалась; 2 — неверные аргументы.

        """;

    /// <summary>Writes text to standard output (through <see cref="Output"/>) or to the file.</summary>
    private int Write(string? path, Action<TextWriter> write) =>
        Guard(() => SafeOutput.WriteText(path, Output, write));

    /// <summary>Renders the table on the console, or as plain text (no colours, 120 columns) into the file.</summary>
    private int WriteTable(string? path, IAnsiConsole console, Action<IAnsiConsole> render) =>
        Guard(() =>
        {
            if (path is null)
            {
                SafeOutput.WriteText(null, TextWriter.Null, _ => render(console));
            }
            else
            {
                SafeOutput.WriteText(path, () => Stream.Null, writer =>
                {
                    var file = AnsiConsole.Create(new AnsiConsoleSettings
                    {
                        Out = new AnsiConsoleOutput(writer),
                        Ansi = AnsiSupport.No,
                        ColorSystem = ColorSystemSupport.NoColors,
                        Interactive = InteractionSupport.No,
                    });
                    file.Profile.Width = 120;
                    render(file);
                });
            }
        });

    /// <summary>A failed write is one line on standard error and exit code 1; a closed pipe ends quietly.</summary>
    private int Guard(Action write)
    {
        try
        {
            write();
            return 0;
        }
        catch (OutputException e)
        {
            if (!e.IsBrokenPipe)
            {
                Error.WriteLine($"roadmap: {e.Message}");
            }

            return 1;
        }
    }

    /// <summary>Reads a file (the seed when <paramref name="file"/> is null), or reports why it cannot.</summary>
    private bool TryRead(string? file, out string text)
    {
        try
        {
            if (OfficeFormats.IsDocx(file))
            {
                text = string.Empty;
                return true;
            }

            using var source = file is null ? TextSource.FromText("seed", SeedRoadmap.Text) : TextSource.Open(file);
            if (source.Notice is { } notice)
            {
                Error.WriteLine($"roadmap: {notice}");
            }

            text = source.ReadToEnd();
            return true;
        }
        catch (InputFileException e)
        {
            Error.WriteLine($"roadmap: {e.Message}");
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

            if (option is not ("--file" or "--year" or "--format" or "--done" or "--as-of" or "--out"))
            {
                problem = $"неизвестный аргумент «{EchoText.Escape(option)}».";
                return false;
            }

            if (i + 1 >= args.Length)
            {
                problem = $"после {option} нужно значение.";
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
                case "--out":
                    options = options with { Out = value };
                    break;
                case "--year":
                    if (value.Length > 4 || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < FirstYear or > LastYear)
                    {
                        problem = $"--year — год от {FirstYear} до {LastYear}, а не «{EchoText.Escape(value)}».";
                        return false;
                    }

                    options = options with { Year = y };
                    break;
                case "--as-of":
                    if (!AsOfPattern.Parse(value).TryGetValue(default, out var date) && !NodaTime.Text.LocalDatePattern.Iso.Parse(value).TryGetValue(default, out date))
                    {
                        problem = $"--as-of — дата в виде дд.мм.гггг или гггг-мм-дд, а не «{EchoText.Escape(value)}».";
                        return false;
                    }

                    if (date.Year is < FirstYear or > LastYear)
                    {
                        problem = $"--as-of — дата с {FirstYear} по {LastYear} год, а не «{EchoText.Escape(value)}».";
                        return false;
                    }

                    options = options with { AsOf = date };
                    break;
                default:
                    if (value is not ("table" or "json" or "ics"))
                    {
                        problem = $"--format — table, json или ics, а не «{EchoText.Escape(value)}».";
                        return false;
                    }

                    options = options with { Format = value };
                    break;
            }
        }

        if (options.Format != "table" && (options.DoneFile is not null || options.AsOf is not null))
        {
            problem = "--done и --as-of — только для формата table.";
            return false;
        }

        return true;
    }

    /// <summary>The command line, read.</summary>
    private sealed record Options(string? File, int? Year, string Format, string? DoneFile, LocalDate? AsOf, bool Strict)
    {
        /// <summary>The file to write instead of standard output.</summary>
        public string? Out { get; init; }
    }
}
