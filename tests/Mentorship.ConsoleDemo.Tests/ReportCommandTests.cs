using System.Text.Json;
using Mentorship.ConsoleDemo.Commands;
using Mentorship.ConsoleDemo.Steps;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly MemoryStream _stdout = new();

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        _stdout.Dispose();
    }

    [Fact]
    public void Run_Default_PrintsBothReportsAsMarkdown()
    {
        var code = Run();

        code.Should().Be(0);
        var text = _output.ToString();
        text.Should().StartWith("# Справка по итогам внутреннего мониторинга");
        text.Should().Contain("# Аналитическая справка по итогам мониторинга").And.Contain("**Иловлинский муниципальный район**");
        text.Should().Contain("| K1 | Охват молодых педагогов наставничеством |").And.Contain("| МБОУ Иловлинская СШ № 1 |");
        text.Should().Contain("Павлова Дарья Олеговна", "the internal report prints names");
        _error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Run_Plain_PrintsTextWithoutMarkdown()
    {
        Run("--format", "plain").Should().Be(0);

        _output.ToString().Should().StartWith("СПРАВКА ПО ИТОГАМ").And.NotContain("## ").And.Contain("АНАЛИТИЧЕСКАЯ СПРАВКА");
    }

    [Fact]
    public void Run_Json_ListsEveryIndicatorOfBothReports()
    {
        Run("--format", "json").Should().Be(0);

        var root = JsonDocument.Parse(_stdout.ToArray()).RootElement;
        var institution = root.GetProperty("institution").GetProperty("indicators").EnumerateArray().ToArray();
        institution.Select(i => i.GetProperty("id").GetString()).Should().Equal(
            "K1", "K2", "K3", "K4", "K5", "K6.mentee", "K6.mentor", "K6.coordinator", "K7.mentee", "K7.mentor", "K7.coordinator", "K8", "K9", "K10", "K11", "K12", "K13", "K14");
        foreach (var i in institution)
        {
            var numerator = i.GetProperty("numerator").GetInt64();
            var denominator = i.GetProperty("denominator").GetInt64();
            var value = i.GetProperty("value");
            (value.ValueKind == JsonValueKind.Null).Should().Be(denominator == 0);
            if (i.GetProperty("unit").GetString() == "percent" && denominator > 0)
            {
                value.GetDecimal().Should().BeApproximately(numerator * 100m / denominator, 0.0001m);
            }
        }

        institution.Select(i => i.EnumerateObject().Select(p => p.Name)).Should().AllSatisfy(
            keys => keys.Should().Equal("id", "numerator", "denominator", "value", "unit", "target", "status", "source", "direction", "stage"), "every key is always present");
        institution.Where(i => i.GetProperty("target").ValueKind == JsonValueKind.Null).Should().OnlyContain(i => i.GetProperty("status").ValueKind == JsonValueKind.Null);
        var k1 = institution[0];
        (k1.GetProperty("target").GetString(), k1.GetProperty("status").GetString()).Should().Be(("≥ 70", "met"));
        (k1.GetProperty("source").GetProperty("kind").GetString(), k1.GetProperty("direction").GetString(), k1.GetProperty("stage").GetString())
            .Should().Be(("national-project", "higher", "process"));
        k1.GetProperty("source").GetProperty("citation").GetString().Should().StartWith("Национальный проект «Образование»");
        var k5 = institution.Single(i => i.GetProperty("id").GetString() == "K5");
        (k5.GetProperty("direction").GetString(), k5.GetProperty("source").GetProperty("kind").GetString(), k5.GetProperty("source").GetProperty("note").ValueKind)
            .Should().Be(("lower", "library", JsonValueKind.Null));
        var k14 = institution.Single(i => i.GetProperty("id").GetString() == "K14");
        k14.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Number, "the demo year trains its mentors");
        var municipality = root.GetProperty("municipality");
        municipality.GetProperty("organizations").GetArrayLength().Should().Be(3);
        var total = municipality.GetProperty("indicators")[0].GetProperty("denominator").GetInt64();
        municipality.GetProperty("organizations").EnumerateArray().Sum(o => o.GetProperty("indicators")[0].GetProperty("denominator").GetInt64()).Should().Be(total);
    }

    [Fact]
    public void Run_Json_OpensWithTheLocalActsAndTheCensusAsTheFormsAsk()
    {
        Run("--format", "json").Should().Be(0);

        var root = JsonDocument.Parse(_stdout.ToArray()).RootElement;
        var institution = root.GetProperty("institution");
        var acts = institution.GetProperty("localActs").EnumerateArray().ToArray();
        acts.Select(a => a.GetProperty("kind").GetString()).Should().Equal(
            "system-order", "regulation", "roadmap", "fixing-order", "personalized-programs", "mentorship-programme", "coordinator-order", "mentor-encouragement", "website-section");
        acts.Select(a => a.GetProperty("present").GetBoolean()).Should().Equal(true, true, true, true, true, false, false, false, true);
        acts.Where(a => !a.GetProperty("present").GetBoolean()).Should().OnlyContain(a => a.GetProperty("reference").ValueKind == JsonValueKind.Null);
        acts[3].GetProperty("reference").GetString().Should().Be("№ 118-од от 11.11.2026", "the latest fixing order comes first");
        var census = institution.GetProperty("census");
        var fixedByOrder = census.GetProperty("fixedByOrder");
        fixedByOrder.GetProperty("on").GetString().Should().Be("2027-05-31");
        var byParticipants = fixedByOrder.GetProperty("byParticipants").EnumerateArray().ToArray();
        byParticipants.Sum(f => f.GetProperty("pairs").GetInt32() + f.GetProperty("groups").GetInt32())
            .Should().Be(fixedByOrder.GetProperty("pairs").GetInt32() + fixedByOrder.GetProperty("groups").GetInt32());
        byParticipants[0].GetProperty("form").GetString().Should().Be("educator-to-educator");
        census.GetProperty("mentorsTrained").GetInt32().Should().BePositive();
        census.GetProperty("monthlyPayTotal").GetDecimal().Should().BePositive();

        var municipality = root.GetProperty("municipality");
        var parts = municipality.GetProperty("organizations").EnumerateArray().ToArray();
        parts.Should().OnlyContain(p => p.GetProperty("localActs").GetArrayLength() == 9);
        foreach (var key in new[] { "mentorsTrained", "monthlyPayTotal" })
        {
            parts.Sum(p => p.GetProperty("census").GetProperty(key).GetDecimal()).Should().Be(municipality.GetProperty("census").GetProperty(key).GetDecimal());
        }

        parts.Sum(p => p.GetProperty("census").GetProperty("fixedByOrder").GetProperty("pairs").GetInt32())
            .Should().Be(municipality.GetProperty("census").GetProperty("fixedByOrder").GetProperty("pairs").GetInt32());
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--format")]
    [InlineData("--verbose")]
    public void Run_BadArguments_ExitsWithTwoAndUsage(params string[] args)
    {
        Run(args).Should().Be(2);

        _error.ToString().Should().Contain("использование: report");
        _output.ToString().Should().BeEmpty();
    }

    [Fact]
    public void MonitoringStep_Run_ShowsTheQuestionnaireIndicatorsAndReport()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });

        new MonitoringStep().Run(DemoState.Create(), console);

        var text = writer.ToString();
        text.Should().Contain("Итоговая анкета наставляемого").And.Contain("questionnaire.score-out-of-range");
        text.Should().Contain("K12").And.Contain("СПРАВКА ПО ИТОГАМ ВНУТРЕННЕГО МОНИТОРИНГА");
    }

    private int Run(params string[] args) => new ReportCommand(_output, _error, _stdout).Run(args, AnsiConsole.Console);

    [Fact]
    public void Run_Help_ExitsZero()
    {
        Run("--help").Should().Be(0);
        _output.ToString().Should().StartWith("использование: report");
    }

    [Fact]
    public void Run_Out_WritesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.json");
        try
        {
            Run("--format", "json", "--out", path).Should().Be(0, _error.ToString());
            JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("institution").GetProperty("indicators").GetArrayLength().Should().Be(18);
            _stdout.Length.Should().Be(0);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
