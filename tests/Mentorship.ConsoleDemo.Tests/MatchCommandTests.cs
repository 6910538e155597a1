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
    [InlineData("mentors", "id,name,organization,competencies,subjects", "", 1, "capacity", "missing")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:3;telepathy:2,1,", 2, "4 (competencies)", "unknown topic code 'telepathy'")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:4,1,", 2, "4 (competencies)", "outside 1–3")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:3,-1,", 2, "5 (capacity)", "negative")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:3,two,", 2, "5 (capacity)", "not a whole number")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital,1,", 2, "4 (competencies)", "not topic:level")]
    [InlineData("mentors", MentorHeader, "T1,X,A,digital:3,1,\nT1,Y,A,parents:2,1,", 3, "1 (id)", "repeats the one on line 2")]
    [InlineData("mentors", MentorHeader, "T1,\"X\"y,A,digital:3,1,", 2, "2", "malformed CSV")]
    [InlineData("mentees", MenteeHeader, "S1,X,A,digital;burnout;digital,,", 2, "4 (requests)", "requested twice")]
    [InlineData("mentees", MenteeHeader, "S1,X,A,,,", 2, "4 (requests)", "1 to 5 requests")]
    [InlineData("mentees", MenteeHeader, "S1,X,A,Digital,,", 2, "4 (requests)", "unknown topic code 'Digital'")]
    [InlineData("mentees", MenteeHeader, "S1,X,A", 2, "4 (requests)", "too few fields")]
    public void Run_BadFile_NamesFileLineAndColumnAndWritesNothing(string which, string header, string body, int line, string column, string problem)
    {
        var mentors = which == "mentors" ? Write("mentors.csv", header, body) : Write("mentors.csv", MentorHeader, "T1,X,A,digital:3,1,");
        var mentees = which == "mentees" ? Write("mentees.csv", header, body) : Write("mentees.csv", MenteeHeader, "S1,X,A,digital,,");
        var output = Path.Combine(_folder, "result.json");

        var code = Run("--mentors", mentors, "--mentees", mentees, "--out", output);

        code.Should().Be(1);
        _error.ToString().Should().Contain($"{which}.csv, line {line}, column {column}").And.Contain(problem);
        File.Exists(output).Should().BeFalse();
        _stdout.Length.Should().Be(0);
    }

    [Fact]
    public void Run_MissingFile_FailsNamingIt()
    {
        var code = Run("--mentors", Path.Combine(_folder, "nope.csv"), "--mentees", Path.Combine(Fixture, "mentees.csv"));

        code.Should().Be(1);
        _error.ToString().Should().Contain("nope.csv");
    }

    [Fact]
    public void Run_WithoutMentees_IsAUsageError()
    {
        Run("--mentors", Path.Combine(Fixture, "mentors.csv")).Should().Be(2);
        _error.ToString().Should().Contain("usage: match");
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
        new MatchCommand(_error, () => new NonClosingStream(_stdout)).Run(args, AnsiConsole.Console);

    /// <summary>Keeps the captured stdout readable after the command disposes its stream.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => inner.SetLength(value);

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
