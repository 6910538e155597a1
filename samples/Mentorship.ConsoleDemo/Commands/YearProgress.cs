using System.Globalization;
using System.Text;
using Mentorship.ConsoleDemo.Steps;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// The progress display of the demo year: which step is playing, which months of the year it covers, how much of the
/// year is done. On an interactive terminal a live Spectre.Console progress bar stays under the steps' output; in a
/// pipe, a file or a test each step opens with a printed line of the same facts, so the output stays plain text.
/// </summary>
internal sealed class YearProgress
{
    private static readonly string[] MonthNames =
    [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ];

    private readonly IReadOnlyList<IDemoStep> _steps;
    private readonly LocalDate _firstMonth;
    private readonly int _months;

    /// <summary>Prepares the display for the steps, in the order they run.</summary>
    public YearProgress(IReadOnlyList<IDemoStep> steps)
    {
        if (steps.Count == 0)
        {
            throw new ArgumentException("The demo year needs at least one step.", nameof(steps));
        }

        _steps = steps;
        _firstMonth = MonthOf(steps.Min(s => s.Span.Start));
        _months = MonthIndex(steps.Max(s => s.Span.End)) + 1;
    }

    /// <summary>Runs every step through <paramref name="run"/>, showing the progress on <paramref name="console"/>.</summary>
    public void Run(IAnsiConsole console, Action<IDemoStep> run)
    {
        if (console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi)
        {
            RunLive(console, run);
        }
        else
        {
            RunPrinted(console, run);
        }
    }

    /// <summary>
    /// The months of the timeline as one character each: <c>█</c> for months before the step, <c>▓</c> for the
    /// step's own months, <c>░</c> for the months still to come.
    /// </summary>
    public string Timeline(int step)
    {
        var span = _steps[step].Span;
        var (from, to) = (MonthIndex(span.Start), MonthIndex(span.End));
        var text = new StringBuilder(_months);
        for (var m = 0; m < _months; m++)
        {
            text.Append(m < from ? '█' : m <= to ? '▓' : '░');
        }

        return text.ToString();
    }

    /// <summary>The months of a step in words: «август 2026», «апрель–май 2026», «сентябрь 2026 – май 2027».</summary>
    public static string Months(DateInterval span)
    {
        var (start, end) = (span.Start, span.End);
        var endText = $"{MonthNames[end.Month - 1]} {end.Year.ToString(CultureInfo.InvariantCulture)}";
        if (start.Year == end.Year && start.Month == end.Month)
        {
            return endText;
        }

        return start.Year == end.Year
            ? $"{MonthNames[start.Month - 1]}–{endText}"
            : $"{MonthNames[start.Month - 1]} {start.Year.ToString(CultureInfo.InvariantCulture)} – {endText}";
    }

    /// <summary>The legend printed once before the steps: the timeline's first and last month and its signs.</summary>
    public string Legend =>
        $"Шкала: {MonthText(_firstMonth)}–{MonthText(_firstMonth.PlusMonths(_months - 1))}, знак — месяц (▓ — месяцы шага, █ — до него).";

    /// <summary>The printed line that opens a step when the terminal cannot show a live bar.</summary>
    public string Line(int step) =>
        $"Шаг {step + 1}/{_steps.Count} · {Months(_steps[step].Span)} · {Timeline(step)} · "
        + $"готово {(100 * step / _steps.Count).ToString(CultureInfo.InvariantCulture)} %";

    private void RunPrinted(IAnsiConsole console, Action<IDemoStep> run)
    {
        console.MarkupLine($"[grey]{Markup.Escape(Legend)}[/]");
        for (var i = 0; i < _steps.Count; i++)
        {
            console.WriteLine();
            console.MarkupLine($"[grey]{Markup.Escape(Line(i))}[/]");
            run(_steps[i]);
        }

        console.WriteLine();
        console.MarkupLine($"[grey]Год сыгран: шагов {_steps.Count}/{_steps.Count} · {new string('█', _months)} · готово 100 %[/]");
    }

    private void RunLive(IAnsiConsole console, Action<IDemoStep> run) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 12 }, new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Describe(0), maxValue: _steps.Count);
                for (var i = 0; i < _steps.Count; i++)
                {
                    task.Description = Describe(i);
                    context.Refresh();
                    run(_steps[i]);
                    task.Increment(1);
                }

                task.Description = Markup.Escape($"Год сыгран · {MonthText(_firstMonth)}–{MonthText(_firstMonth.PlusMonths(_months - 1))} · {new string('█', _months)}");
            });

    private string Describe(int step) => Markup.Escape($"Шаг {step + 1}/{_steps.Count} · {Months(_steps[step].Span)} · {Timeline(step)}");

    private int MonthIndex(LocalDate date) => ((date.Year - _firstMonth.Year) * 12) + date.Month - _firstMonth.Month;

    private static LocalDate MonthOf(LocalDate date) => new(date.Year, date.Month, 1);

    private static string MonthText(LocalDate month) =>
        $"{month.Month.ToString("00", CultureInfo.InvariantCulture)}.{month.Year.ToString(CultureInfo.InvariantCulture)}";
}
