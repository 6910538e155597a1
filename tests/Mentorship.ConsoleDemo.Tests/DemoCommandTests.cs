using System.Text.RegularExpressions;
using Mentorship.ConsoleDemo.Commands;
using Mentorship.ConsoleDemo.Steps;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Tests;

public sealed partial class DemoCommandTests : IDisposable
{
    private readonly StringWriter _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void Run_InAPipe_PrintsAProgressLineBeforeEachStepAndTheYearsTotals()
    {
        var console = Console(interactive: false);

        var code = new DemoCommand().Run([], console);

        code.Should().Be(0);
        var lines = _output.ToString().Split('\n').Select(l => l.TrimEnd()).ToArray();
        lines.Should().Contain("Шкала: 01.2026–05.2027, знак — месяц (▓ — месяцы шага, █ — до него).");
        lines.Where(l => l.StartsWith("Шаг ", StringComparison.Ordinal)).Should().Equal(
            "Шаг 1/5 · апрель–май 2026 · ███▓▓░░░░░░░░░░░░ · готово 0 %",
            "Шаг 2/5 · август 2026 · ███████▓░░░░░░░░░ · готово 20 %",
            "Шаг 3/5 · август 2026 – январь 2027 · ███████▓▓▓▓▓▓░░░░ · готово 40 %",
            "Шаг 4/5 · январь–декабрь 2026 · ▓▓▓▓▓▓▓▓▓▓▓▓░░░░░ · готово 60 %",
            "Шаг 5/5 · сентябрь 2026 – май 2027 · ████████▓▓▓▓▓▓▓▓▓ · готово 80 %");
        lines.Should().Contain("Год сыгран: шагов 5/5 · █████████████████ · готово 100 %");
        lines.Should().Contain("Итог года: в банках 12 наставляемых и 8 наставников; пар 8, групп 2; приказов 5; программ 10; планов поддержки 1.");
    }

    [Fact]
    public void Run_InAPipe_OpensEachStepWithItsProgressLineThenItsHeading()
    {
        var text = RunDemo(interactive: false);

        var positions = new[]
        {
            text.IndexOf("Шаг 1/5", StringComparison.Ordinal),
            text.IndexOf("Банк наставляемых и банк наставников", StringComparison.Ordinal),
            text.IndexOf("Шаг 2/5", StringComparison.Ordinal),
            text.IndexOf("Подбор наставников по перечню запросов", StringComparison.Ordinal),
            text.IndexOf("Шаг 5/5", StringComparison.Ordinal),
            text.IndexOf("Мониторинг: анкеты", StringComparison.Ordinal),
            text.IndexOf("Год сыгран", StringComparison.Ordinal),
        };
        positions.Should().NotContain(-1).And.BeInAscendingOrder();
    }

    [Fact]
    public void Run_OnAnInteractiveTerminal_DrawsALiveBarThatEndsAtTheWholeYear()
    {
        var text = RunDemo(interactive: true);

        text.Should().Contain("Шаг 3/5 · август 2026 – январь 2027 · ███████▓▓▓▓▓▓░░░░")
            .And.Contain("Год сыгран · 01.2026–05.2027 · █████████████████")
            .And.Contain("100%")
            .And.Contain("Итог года: в банках 12 наставляемых")
            .And.NotContain("готово 0 %", "the printed lines are for pipes only");
    }

    [Theory]
    [InlineData(2026, 8, 17, 2026, 8, 17, "август 2026")]
    [InlineData(2026, 4, 12, 2026, 5, 20, "апрель–май 2026")]
    [InlineData(2026, 9, 1, 2027, 5, 31, "сентябрь 2026 – май 2027")]
    [InlineData(2026, 12, 1, 2027, 1, 31, "декабрь 2026 – январь 2027")]
    public void Months_OfASpan_NamesItsFirstAndLastMonthAndTheYearOnce(int y1, int m1, int d1, int y2, int m2, int d2, string expected) =>
        YearProgress.Months(new DateInterval(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2))).Should().Be(expected);

    [Fact]
    public void Timeline_ForEachStep_HasOneSignAMonthAndMarksExactlyTheStepsMonths()
    {
        IDemoStep[] steps =
        [
            new FixedStep(new DateInterval(new LocalDate(2025, 11, 20), new LocalDate(2025, 11, 30))),
            new FixedStep(new DateInterval(new LocalDate(2025, 12, 31), new LocalDate(2026, 2, 1))),
            new FixedStep(new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31))),
        ];
        var progress = new YearProgress(steps);

        Enumerable.Range(0, 3).Select(progress.Timeline).Should().Equal("▓░░░░", "█▓▓▓░", "████▓");
        progress.Line(1).Should().Be("Шаг 2/3 · декабрь 2025 – февраль 2026 · █▓▓▓░ · готово 33 %");
    }

    [Fact]
    public void Constructor_WithoutSteps_Throws() =>
        FluentActions.Invoking(() => new YearProgress([])).Should().Throw<ArgumentException>().WithParameterName("steps");

    [Fact]
    public void Run_PrintsNoEnglishSentence()
    {
        var text = RunDemo(interactive: false);

        // Three Latin words in a row is a sentence (or its piece); codes (request-list.empty), identifiers (S07, K6.mentee)
        // and single words (JSON, SWOT) are not. The hint of the report command at the end is a command line, not prose.
        var english = EnglishRun().Matches(text.Replace("dotnet run --project samples/Mentorship.ConsoleDemo -- report [--format markdown|plain|json]", string.Empty))
            .Select(m => m.Value)
            .ToArray();

        english.Should().BeEmpty();
        text.Should().Contain("Нет согласия на обработку персональных данных.");
    }

    [Fact]
    public void Run_ShowsTopicsByTheirRussianTitles_AndEachRefusalWithItsCodeBesideTheRussianText()
    {
        var text = RunDemo(interactive: false);
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToArray();

        text.Should().Contain("адаптация в коллективе и организации 3×3").And.Contain("ключевой запрос «адаптация в коллективе и организации»");
        text.Should().NotContain("adaptation").And.NotContain("lesson-planning").And.NotContain("exam-prep");
        lines.Should().Contain("  ✗ request-list.repeated-topic: Тема «цифровые инструменты, ИКТ» повторяется в позиции 2.");
        lines.Should().Contain(l => l.StartsWith("  ✗ intake-window.outside: Дата 12.10.2026 вне окна приёма (с 01.04.2026 по 30.09.2026)", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("Анкета X1 отклонена (11 нарушений)", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("  ✗ questionnaire.score-out-of-range: Оценка ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b[A-Za-z][a-z]+(?:[ ,]+[A-Za-z][a-z]+){2,}\b")]
    private static partial Regex EnglishRun();

    private string RunDemo(bool interactive)
    {
        new DemoCommand().Run([], Console(interactive)).Should().Be(0);
        return _output.ToString();
    }

    private IAnsiConsole Console(bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_output),
            Ansi = interactive ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return console;
    }

    private sealed class FixedStep(DateInterval span) : IDemoStep
    {
        public string Title => "шаг";

        public DateInterval Span => span;

        public void Run(DemoState state, IAnsiConsole console)
        {
        }
    }
}
