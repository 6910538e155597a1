using System.Text;
using System.Text.Json;
using Mentorship.ConsoleDemo.Commands;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Tests;

public sealed class MatchCommandTests : IDisposable
{
    private const string MentorHeader = "id,name,organization,competencies,capacity,subjects";
    private const string MenteeHeader = "id,name,organization,requests,subjects,excluded_mentors";
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cdt-small");

    private readonly string _folder = Directory.CreateTempSubdirectory("match-tests").FullName;
    private readonly StringWriter _error = new();
    private readonly MemoryStream _stdout = new();

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        _error.Dispose();
        _stdout.Dispose();
    }

    [Fact]
    public void Run_Fixture_WritesTheOptimumToStdout()
    {
        var code = Run("--mentors", Path.Combine(Fixture, "mentors.csv"), "--mentees", Path.Combine(Fixture, "mentees.csv"));

        code.Should().Be(0);
        var json = JsonDocument.Parse(_stdout.ToArray()).RootElement;
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixture, "expected-summary.json"))).RootElement;
        var summary = json.GetProperty("summary");
        summary.GetProperty("mentees").GetInt32().Should().Be(expected.GetProperty("mentees").GetInt32());
        summary.GetProperty("matched").GetInt32().Should().Be(expected.GetProperty("matched").GetInt32());
        summary.GetProperty("score").GetInt32().Should().Be(expected.GetProperty("score").GetInt32());
        var first = json.GetProperty("assignments")[0];
        first.GetProperty("mentor").GetString().Should().Be("T01");
        first.GetProperty("covered").EnumerateArray().Select(e => e.GetString()).Should().Equal("adaptation", "lesson-planning");
        json.GetProperty("unmatched").EnumerateArray().Select(e => e.GetProperty("mentee").GetString()).Should().Equal("S07", "S10");
        _error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Run_WithOut_WritesTheFileAndNothingToStdout()
    {
        var output = Path.Combine(_folder, "result.json");

        var code = Run("--mentors", Path.Combine(Fixture, "mentors.csv"), "--mentees", Path.Combine(Fixture, "mentees.csv"), "--out", output);

        code.Should().Be(0);
        _stdout.Length.Should().Be(0);
        JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("summary").GetProperty("score").GetInt32().Should().Be(137);
    }

    [Fact]
    public void Run_Network_LetsMentorsOfOtherOrganisationsIn()
    {
        var mentors = Write("mentors.csv", MentorHeader, "T1,Иванова,A,digital:3,1,");
        var mentees = Write("mentees.csv", MenteeHeader, "S1,Петров,B,digital,,");

        Run("--mentors", mentors, "--mentees", mentees).Should().Be(0);
        Summary().GetProperty("matched").GetInt32().Should().Be(0);
        _stdout.SetLength(0);
        Run("--mentors", mentors, "--mentees", mentees, "--network").Should().Be(0);
        Summary().GetProperty("matched").GetInt32().Should().Be(1);
    }

    [Theory]
    [InlineData("mentors", "id,name,organization,competencies,subjects", "", 1, null, "нет столбцов capacity")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:3;telepathy:2,1,", 2, "4 (competencies)", "неизвестный код темы «telepathy»")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:4,1,", 2, "4 (competencies)", "целое число от 1 до 3")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:3,-1,", 2, "5 (capacity)", "«-1» — не целое неотрицательное число")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:3,two,", 2, "5 (capacity)", "не целое неотрицательное число")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:3,2147483648,", 2, "5 (capacity)", "мест 2147483648 — больше допустимых 1000")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital,1,", 2, "4 (competencies)", "не «тема:уровень»")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:3,1,\nT1,Y,A,parents:2,1,", 3, "1 (id)", "ид T1 уже встречался на строке 2")]
    [InlineData("mentors", MentorHeader, "T1,\"X\"y,A,digital:3,1,", 2, "2", "после закрывающей кавычки")]
    [InlineData("mentors", MentorHeader, "T1,X\"y,A,digital:3,1,", 2, "2", "кавычка внутри ячейки")]
    [InlineData("mentors", MentorHeader, "T1,\"X,A,digital:3,1,", 2, "2", "кавычка открыта и не закрыта")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:3,1,,surplus", 2, "7", "лишнее значение «surplus»")]
    [InlineData("mentors", "id,name,,organization,competencies,capacity,subjects", "", 1, "3", "у столбца нет названия")]
    [InlineData("mentors", "id,name,organization,competencies,capacity,subjects,ID", "", 1, "7 (ID)", "столбец id уже есть")]
    [InlineData("mentees", MenteeHeader, "S1,X,A,digital;burnout;digital,,", 2, "4 (requests)", "запрошена дважды")]
    [InlineData("mentees", MenteeHeader, "S1,X,A,,,", 2, "4 (requests)", "от 1 до 5")]
    [InlineData("mentees", MenteeHeader, "S1,X,A,Digital,,", 2, "4 (requests)", "неизвестный код темы «Digital»")]
    [InlineData("mentees", MenteeHeader, "S1,X,A", 2, "4 (requests)", "в строке 3 ячейки, а в заголовке 6 ячеек")]
    [InlineData("mentees", MenteeHeader, "S1,X,A,digital\u001b[31m,,", 2, "4 (requests)", "«digital\\u001B[31m»")]
    [InlineData("mentees", MenteeHeader, "S1,X,A,digital,,T2", 2, "6 (excluded_mentors)", "исключённого наставника «T2» нет в файле наставников")]
    public void Run_BadFile_NamesFileLineAndColumnAndWritesNothing(string which, string header, string body, int line, string? column, string problem)
    {
        var mentors = which == "mentors" ? Write("mentors.csv", header, body) : Write("mentors.csv", MentorHeader, "T1,X,A,digital:3,1,");
        var mentees = which == "mentees" ? Write("mentees.csv", header, body) : Write("mentees.csv", MenteeHeader, "S1,X,A,digital,,");
        var output = Path.Combine(_folder, "result.json");

        var code = Run("--mentors", mentors, "--mentees", mentees, "--out", output);

        code.Should().Be(1);
        var place = column is null ? $"файл {Path.Combine(_folder, which)}.csv, строка {line}: " : $"файл {Path.Combine(_folder, which)}.csv, строка {line}, столбец {column}: ";
        _error.ToString().Should().StartWith("match: " + place).And.Contain(problem);
        _error.ToString().Should().NotContain("\u001b", "control characters from the file are escaped");
        File.Exists(output).Should().BeFalse();
        Directory.GetFiles(_folder).Should().HaveCount(2, "no temporary file is left");
        _stdout.Length.Should().Be(0);
    }

    [Fact]
    public void Run_MissingFile_FailsNamingIt()
    {
        var missing = Path.Combine(_folder, "nope.csv");
        var code = Run("--mentors", missing, "--mentees", Path.Combine(Fixture, "mentees.csv"));

        code.Should().Be(1);
        _error.ToString().Should().Be($"match: файл {missing}: файл не найден{Environment.NewLine}");
    }

    [Fact]
    public void Run_DirectoryAsInput_SaysItIsAFolder()
    {
        Run("--mentors", _folder, "--mentees", Path.Combine(Fixture, "mentees.csv")).Should().Be(1);
        _error.ToString().Should().Contain($"файл {_folder}: это папка, а не файл");
    }

    [Fact]
    public void Run_WithoutMentees_IsAUsageError()
    {
        Run("--mentors", Path.Combine(Fixture, "mentors.csv")).Should().Be(2);
        _error.ToString().Should().Contain("нужны оба файла").And.Contain("использование: match");
    }

    [Fact]
    public void Run_Help_PrintsTheUsageAndExitsZero()
    {
        var help = new StringWriter();
        new MatchCommand(_error, () => new KeptOpenStream(_stdout), help).Run(["--help"], AnsiConsole.Console).Should().Be(0);
        help.ToString().Should().StartWith("использование: match --mentors FILE").And.Contain("Windows-1251").And.Contain("Исключённые наставники");
        _error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Run_QuotedNameWithCommaAndBom_IsRead()
    {
        var mentors = Path.Combine(_folder, "mentors.csv");
        File.WriteAllText(mentors, $"{MentorHeader}\n\"T1\",\"Иванова, методист\",A,digital:3,1,\n", new UTF8Encoding(true));
        var mentees = Write("mentees.csv", MenteeHeader, "S1,\"Петров \"\"младший\"\"\",A,digital,,");

        Run("--mentors", mentors, "--mentees", mentees).Should().Be(0, _error.ToString());
        Summary().GetProperty("matched").GetInt32().Should().Be(1);
    }

    private JsonElement Summary() => JsonDocument.Parse(_stdout.ToArray()).RootElement.GetProperty("summary");

    private string Write(string name, string header, string body)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, body.Length == 0 ? header + "\n" : $"{header}\n{body}\n", new UTF8Encoding(false));
        return path;
    }

    private int Run(params string[] args) =>
        new MatchCommand(_error, () => new KeptOpenStream(_stdout)).Run(args, AnsiConsole.Console);
}
