using System.Text.Json;
using Mentorship.ConsoleDemo.Commands;
using Mentorship.SampleData;
using NodaTime.Testing;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Tests;

public sealed class RoadmapCommandTests : IDisposable
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly StringWriter _console = new();
    private readonly List<string> _files = [];

    // 10:00 in Volgograd on 15 September 2025.
    private static readonly FakeClock Clock = new(Instant.FromUtc(2025, 9, 15, 7, 0));

    private int Run(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_console),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 200;
        return new RoadmapCommand(_out, _error, Clock).Run(args, console);
    }

    private string TempFile(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmap-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        _files.Add(path);
        return path;
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }

        _out.Dispose();
        _error.Dispose();
        _console.Dispose();
    }

    [Fact]
    public void Run_Json2023_HasTheIssuesShape()
    {
        Run("--year", "2023", "--format", "json").Should().Be(0);

        using var json = JsonDocument.Parse(_out.ToString());
        var root = json.RootElement;
        root.GetProperty("year").GetInt32().Should().Be(2023);
        var activities = root.GetProperty("activities").EnumerateArray().ToList();
        activities.Select(a => a.GetProperty("number").GetString()).Should().Equal("1.1", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1");
        var a21 = activities[1];
        a21.GetProperty("section").GetString().Should().Be("II");
        a21.GetProperty("title").GetString().Should().Be("Формирование банка наставляемых");
        a21.GetProperty("timing").GetString().Should().Be("Ежегодно апрель - сентябрь");
        a21.GetProperty("kind").GetString().Should().Be("annual-window");
        a21.GetProperty("windows").EnumerateArray().Select(w => $"{w.GetProperty("start").GetString()}/{w.GetProperty("end").GetString()}")
            .Should().Equal("2023-04-01/2023-09-30");
        a21.GetProperty("responsible").EnumerateArray().Select(r => r.GetString()).Should().Equal("директор", "заместитель директора");
        a21.GetProperty("deliverables")[0].GetProperty("windows")[0].GetProperty("end").GetString().Should().Be("2023-09-30");
        activities[3].GetProperty("kind").GetString().Should().Be("separate-plan");
        activities[3].GetProperty("windows").GetArrayLength().Should().Be(0);
        activities[5].GetProperty("deliverables")[1].GetProperty("windows")[0].GetProperty("start").GetString().Should().Be("2023-04-01");
        _error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Run_Ics2025_ParsesBackWithOneEventPerWorkItem()
    {
        Run("--year", "2025", "--format", "ics").Should().Be(0);

        var calendar = Ical.Net.Calendar.Load(_out.ToString())!;
        calendar.Events.Should().HaveCount(10);
        var bank = calendar.Events.Single(e => e.Uid == "2025-2.1/1@mentorship-domain");
        bank.Summary.Should().StartWith("2.1. База наставляемых");
        bank.DtStart!.HasTime.Should().BeFalse();
        (bank.DtStart.Year, bank.DtStart.Month, bank.DtStart.Day).Should().Be((2025, 4, 1));
        (bank.DtEnd!.Year, bank.DtEnd.Month, bank.DtEnd.Day).Should().Be((2025, 10, 1), "DTEND of an all-day event is the day after the due date");
        calendar.Events.Should().OnlyContain(e => e.Description!.Contains("Ответственные: директор"));
    }

    [Fact]
    public void Run_DefaultTable_ShowsStatusesAgendaAndK12ForTheClocksYear()
    {
        Run().Should().Be(0);

        var text = _console.ToString();
        text.Should().Contain("Дорожная карта на 2025 год: статус на 15.09.2025");
        text.Should().Contain("в работе").And.Contain("просрочено");
        text.Should().Contain("Ближайшие 30 дней с 15.09.2025");
        text.Should().Contain("K12, исполнение дорожной карты: 0/1");
        _out.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Run_FileWithUnreadableTiming_WarnsWithTheLineAndExportsTheActivityAsUnrecognised()
    {
        var file = TempFile(SeedRoadmap.Text.Replace("\tсентябрь\t", "\tв каникулярное время\t"));

        Run("--file", file, "--year", "2023", "--format", "json").Should().Be(0);

        _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().StartWith($"{file}:52: предупреждение: Мероприятие 3.2: срок «в каникулярное время» не распознан");
        using var json = JsonDocument.Parse(_out.ToString());
        var activity = json.RootElement.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("number").GetString() == "3.2");
        activity.GetProperty("kind").GetString().Should().Be("unrecognised");
        activity.GetProperty("timing").GetString().Should().Be("в каникулярное время");
        activity.GetProperty("windows").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Run_StrictFileWithUnreadableTiming_ReportsTheLineExitsNonZeroAndWritesNothing()
    {
        var seed = SeedRoadmap.Text.Replace("\tсентябрь\t", "\tкогда-нибудь\t");
        var file = TempFile(seed);

        Run("--file", file, "--format", "json", "--strict").Should().Be(1);

        _out.ToString().Should().BeEmpty();
        _console.ToString().Should().BeEmpty();
        _error.ToString().Should().Contain($"{file}:52:").And.Contain("ничего не импортировано");
    }

    [Fact]
    public void Run_MissingFile_Fails()
    {
        Run("--file", Path.Combine(Path.GetTempPath(), "no-such-roadmap.txt")).Should().Be(1);
        _out.ToString().Should().BeEmpty();
    }

    [Theory]
    [InlineData("--year", "12")]
    [InlineData("--format", "pdf")]
    [InlineData("--colour")]
    [InlineData("--file")]
    [InlineData("--as-of", "15.09.9999")]
    [InlineData("--as-of", "9999-12-31")]
    [InlineData("--year", "2147483648")]
    [InlineData("--out")]
    [InlineData("--help-me")]
    [InlineData("--as-of", "31.02.2025")]
    [InlineData("--format", "json", "--done", "done.txt")]
    [InlineData("--format", "ics", "--as-of", "15.09.2025")]
    public void Run_BadArguments_ExitsWith2(params string[] args)
    {
        Run(args).Should().Be(2);
        _out.ToString().Should().BeEmpty();
        _error.ToString().Should().Contain("использование: roadmap");
    }

    [Fact]
    public void Run_DoneFileAndStatusDate_CountsTheMarkedWorkAsDoneAndK12Met()
    {
        var done = TempFile("# work done in spring\n3.1/2;10.03.2025\n\n3.1/3\t2025-04-28\n");

        Run("--year", "2025", "--as-of", "01.06.2025", "--done", done).Should().Be(0);

        var lines = _console.ToString().Split('\n');
        lines.Should().Contain(l => l.Contains("статус на 01.06.2025"));
        lines.Single(l => l.Contains("│ 3.1/2 ")).Should().Contain("выполнено");
        lines.Single(l => l.Contains("│ 3.1/3 ")).Should().Contain("выполнено");
        lines.Should().Contain(l => l.StartsWith("K12, исполнение дорожной карты: 1/1", StringComparison.Ordinal));
        _error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Run_DoneFileWithoutTheMarks_LeavesTheSameWorkOverdue()
    {
        Run("--year", "2025", "--as-of", "01.06.2025", "--done", TempFile("# nothing yet\n")).Should().Be(0);

        var lines = _console.ToString().Split('\n');
        lines.Single(l => l.Contains("│ 3.1/2 ")).Should().Contain("просрочено");
        lines.Should().Contain(l => l.StartsWith("K12, исполнение дорожной карты: 0/1", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_DoneFileWithBadLines_ReportsEveryLinePrintsNothingAndExits1()
    {
        var done = TempFile("3.1/2;10.03.2025\n9.9/1;01.01.2025\n2.1/1;2025-12-10\nxx\n3.1/2;11.03.2025\n3.1/3;30.04.25\n");

        Run("--year", "2025", "--as-of", "15.09.2025", "--done", done).Should().Be(1);

        _console.ToString().Should().BeEmpty();
        _out.ToString().Should().BeEmpty();
        _error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).Should().Equal(
            $"roadmap: файл {done}, строка 2: в графике 2025 года нет работы «9.9/1».",
            $"roadmap: файл {done}, строка 3: работа «2.1/1» отмечена выполненной 10.12.2025, позже даты статуса 15.09.2025.",
            $"roadmap: файл {done}, строка 4: нужны ид работы и дата через «;», например «3.1/2;20.05.2026».",
            $"roadmap: файл {done}, строка 5: работа «3.1/2» уже отмечена на строке 1.",
            $"roadmap: файл {done}, строка 6: «30.04.25» — не дата (дд.мм.гггг или гггг-мм-дд).",
            "roadmap: отметки о выполнении не прочитаны, ничего не напечатано.");
    }

    [Fact]
    public void Run_MarkdownFile_ImportsLikeTheSeed()
    {
        var markdown = Domain.Roadmap.RoadmapMarkdownRenderer.Render(Domain.Roadmap.RoadmapTableImporter.Import(SeedRoadmap.Text).Roadmap);
        Run("--file", TempFile(markdown), "--format", "json", "--year", "2023").Should().Be(0);
        using var json = JsonDocument.Parse(_out.ToString());
        json.RootElement.GetProperty("activities").GetArrayLength().Should().Be(8);
    }

    [Fact]
    public void Run_AsOfIso_IsTheSameAsRussian()
    {
        Run("--year", "2025", "--as-of", "2025-06-01").Should().Be(0, _error.ToString());
        _console.ToString().Should().Contain("статус на 01.06.2025");
    }

    [Fact]
    public void Run_LastYearAndDay_ScheduleWithoutOverflow()
    {
        Run("--year", "9998", "--as-of", "31.12.9998").Should().Be(0, _error.ToString());
        _console.ToString().Should().Contain("Ближайшие 30 дней с 31.12.9998");
    }

    [Fact]
    public void Run_Windows1251Table_IsReadWithANotice()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = Path.Combine(Path.GetTempPath(), $"roadmap-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, System.Text.Encoding.GetEncoding(1251).GetBytes(SeedRoadmap.Text));
        _files.Add(path);

        Run("--file", path, "--format", "json", "--year", "2023").Should().Be(0, _error.ToString());

        using var json = JsonDocument.Parse(_out.ToString());
        json.RootElement.GetProperty("activities")[1].GetProperty("title").GetString().Should().Be("Формирование банка наставляемых");
        _error.ToString().Should().Be($"roadmap: внимание: файл {path} не в UTF-8, прочитан как Windows-1251{Environment.NewLine}");
    }

    [Fact]
    public void Run_DirectoryAsFile_SaysItIsAFolder()
    {
        var folder = Path.GetTempPath();
        Run("--file", folder).Should().Be(1);
        _error.ToString().Should().Be($"roadmap: файл {folder}: это папка, а не файл{Environment.NewLine}");
    }

    [Fact]
    public void Run_Out_WritesTheFileAndNothingToStandardOutput()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roadmap-{Guid.NewGuid():N}.ics");
        _files.Add(path);

        Run("--year", "2025", "--format", "ics", "--out", path).Should().Be(0, _error.ToString());
        Run("--year", "2025", "--as-of", "01.06.2025", "--out", path + ".txt").Should().Be(0, _error.ToString());
        _files.Add(path + ".txt");

        Ical.Net.Calendar.Load(File.ReadAllText(path))!.Events.Should().HaveCount(10);
        File.ReadAllText(path + ".txt").Should().Contain("Дорожная карта на 2025 год: статус на 01.06.2025");
        _out.ToString().Should().BeEmpty();
        _console.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Run_Help_ExitsZeroWithTheOptions()
    {
        Run("--help").Should().Be(0);
        _out.ToString().Should().StartWith("использование: roadmap").And.Contain("--as-of DATE");
    }
}
