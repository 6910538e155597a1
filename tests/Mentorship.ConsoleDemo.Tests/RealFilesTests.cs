using System.Text;
using System.Text.Json;
using Mentorship.ConsoleDemo.Commands;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Tests;

/// <summary>The match command on the files people really have: Excel's encodings, delimiters, headers and slips.</summary>
public sealed class RealFilesTests : IDisposable
{
    private const string MenteeHeader = "id,name,organization,requests,subjects,excluded_mentors";

    private readonly string _folder = Directory.CreateTempSubdirectory("real-files").FullName;
    private readonly StringWriter _error = new();
    private readonly MemoryStream _stdout = new();

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        _error.Dispose();
        _stdout.Dispose();
    }

    /// <summary>«ИД;ФИО;Организация;Компетенции;Мест;Предметы;;» and one mentor of «Школа А», as Russian Excel saves it: Windows-1251 bytes, CRLF.</summary>
    private static readonly byte[] Mentors1251 =
    [
        0xC8, 0xC4, 0x3B, 0xD4, 0xC8, 0xCE, 0x3B, 0xCE, 0xF0, 0xE3, 0xE0, 0xED, 0xE8, 0xE7, 0xE0, 0xF6, 0xE8, 0xFF, 0x3B,
        0xCA, 0xEE, 0xEC, 0xEF, 0xE5, 0xF2, 0xE5, 0xED, 0xF6, 0xE8, 0xE8, 0x3B, 0xCC, 0xE5, 0xF1, 0xF2, 0x3B, 0xCF, 0xF0,
        0xE5, 0xE4, 0xEC, 0xE5, 0xF2, 0xFB, 0x3B, 0x3B, 0x0D, 0x0A,
        (byte)'T', (byte)'1', 0x3B, 0xC8, 0xE2, 0xE0, 0xED, 0xEE, 0xE2, 0xE0, 0x3B, 0xD8, 0xEA, 0xEE, 0xEB, 0xE0, 0x20, 0xC0, 0x3B,
        (byte)'"', .. "digital:3;contests:2"u8, (byte)'"', 0x3B, (byte)'1', 0x3B, 0x3B, 0x0D, 0x0A,
    ];

    [Fact]
    public void Windows1251Mentors_AreDecodedAndTheCommandSaysSo()
    {
        var mentors = Bytes("mentors.csv", Mentors1251);
        var mentees = Text("mentees.csv", $"{MenteeHeader}\nS1,Петров,Школа А,digital,,\n", new UTF8Encoding(false));

        Run("--mentors", mentors, "--mentees", mentees).Should().Be(0, _error.ToString());

        Summary().GetProperty("matched").GetInt32().Should().Be(1, "«Школа А» in 1251 is the same organisation as in UTF-8");
        _error.ToString().Should().Be($"match: внимание: файл {mentors} не в UTF-8, прочитан как Windows-1251{Environment.NewLine}");
    }

    [Fact]
    public void Windows1251_OrganisationsOfEqualLength_StayDifferent()
    {
        var mentors = Text("mentors.csv", "id;name;organization;competencies;capacity;subjects\nT1;Иванова;Школа А;digital:3;1;\n", Encoding.GetEncoding(1251));
        var mentees = Text("mentees.csv", "id;name;organization;requests;subjects;excluded_mentors\nS1;Петров;Школа Б;digital;;\n", Encoding.GetEncoding(1251));

        Run("--mentors", mentors, "--mentees", mentees).Should().Be(0, _error.ToString());

        Summary().GetProperty("matched").GetInt32().Should().Be(0, "two schools are not paired with the network mode off");
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8-bom")]
    public void UnicodeWithByteOrderMark_IsRead(string encoding)
    {
        Encoding chosen = encoding switch
        {
            "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            _ => new UTF8Encoding(true),
        };
        var mentors = Text("mentors.csv", "ИД;ФИО;Организация;Компетенции;Мест;Предметы\r\nT1;Иванова;Школа;digital:3;1;\r\n", chosen);
        var mentees = Text("mentees.csv", $"{MenteeHeader}\nS1,Петров,Школа,digital,,\n", chosen);

        Run("--mentors", mentors, "--mentees", mentees).Should().Be(0, _error.ToString());

        Summary().GetProperty("matched").GetInt32().Should().Be(1);
        _error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Byte98_IsNeitherUtf8NorWindows1251_AndIsRefused()
    {
        var mentors = Bytes("mentors.csv", [.. "id,name,organization,competencies,capacity,subjects\nT1,"u8, 0xC8, 0xE0, 0x98, .. ",A,digital:3,1,\n"u8]);

        Run("--mentors", mentors, "--mentees", Text("mentees.csv", $"{MenteeHeader}\nS1,X,A,digital,,\n", Encoding.UTF8)).Should().Be(1);

        _error.ToString().Should().Contain($"файл {mentors}, строка 2: файл не в UTF-8").And.Contain("не в Windows-1251 (байт 0x98)");
    }

    [Fact]
    public void Utf16WithoutByteOrderMark_IsRefusedNamingTheNulBytes()
    {
        var mentors = Text("mentors.csv", "id,name,organization,competencies,capacity,subjects\n", new UnicodeEncoding(false, false));

        Run("--mentors", mentors, "--mentees", mentors).Should().Be(1);

        _error.ToString().Should().Contain($"файл {mentors}, строка 1: в файле нулевые байты");
    }

    [Fact]
    public void ExcelSemicolons_RussianHeadersAnyCase_TrailingEmptyColumns_AreRead()
    {
        var mentors = Text(
            "mentors.csv",
            " ид ; фио;ОРГАНИЗАЦИЯ;Компетенции;Мест;Предметы;;;\r\nT1;\"Иванова; методист\";Школа;\"digital:3;contests:2\";2;\"музыка;хор\";;;\r\n;;;;;;;;\r\nT2;Сидорова;Школа;parents:3;1;;;;\r\n",
            new UTF8Encoding(false));
        var mentees = Text(
            "mentees.csv",
            "ИД;ФИО;Организация;Запросы;Предметы;Исключенные наставники;\nS1;Петров;Школа;\"digital;contests\";;T2;\nS2;Орлова;Школа;parents;;\"T1\";\n",
            new UTF8Encoding(false));

        Run("--mentors", mentors, "--mentees", mentees).Should().Be(0, _error.ToString());

        var json = JsonDocument.Parse(_stdout.ToArray()).RootElement;
        json.GetProperty("assignments").EnumerateArray().Select(a => $"{a.GetProperty("mentee").GetString()}-{a.GetProperty("mentor").GetString()}")
            .Should().BeEquivalentTo("S1-T1", "S2-T2");
    }

    [Fact]
    public void SemicolonsWithoutOurHeader_SayWhichDelimiterWasFound()
    {
        var mentors = Text("mentors.csv", "код;имя\n1;2\n", Encoding.UTF8);

        Run("--mentors", mentors, "--mentees", mentors).Should().Be(1);

        _error.ToString().Should().Contain("в заголовке нет столбцов id, name, organization, competencies, capacity, subjects (разделитель — точка с запятой");
    }

    [Fact]
    public void ExcludedMentorTypedInCyrillic_IsAnErrorWithAHint()
    {
        var mentors = Text("mentors.csv", "id,name,organization,competencies,capacity,subjects\nT1,Иванова,A,digital:3,1,\nT2,Сидорова,A,digital:2,1,\n", Encoding.UTF8);
        var mentees = Text("mentees.csv", $"{MenteeHeader}\nS1,Петров,A,digital,,\nS2,Орлова,A,digital,,Т1\n", Encoding.UTF8);

        Run("--mentors", mentors, "--mentees", mentees).Should().Be(1);

        _error.ToString().Should().Be(
            $"match: файл {mentees}, строка 3, столбец 6 (excluded_mentors): исключённого наставника «Т1» нет в файле наставников {mentors}; "
            + $"возможно, имелся в виду T1 (латинские и русские буквы перепутаны){Environment.NewLine}");
        _stdout.Length.Should().Be(0);
    }

    [Fact]
    public void ExcludedMentorOfAnotherOrganisation_IsKnownAndNeverAssigned()
    {
        var mentors = Text("mentors.csv", "id,name,organization,competencies,capacity,subjects\nT1,Иванова,B,digital:3,1,\nT2,Сидорова,B,digital:1,1,\n", Encoding.UTF8);
        var mentees = Text("mentees.csv", $"{MenteeHeader}\nS1,Петров,A,digital,,T1\n", Encoding.UTF8);

        Run("--mentors", mentors, "--mentees", mentees, "--network").Should().Be(0, _error.ToString());

        JsonDocument.Parse(_stdout.ToArray()).RootElement.GetProperty("assignments")[0].GetProperty("mentor").GetString().Should().Be("T2");
    }

    private JsonElement Summary() => JsonDocument.Parse(_stdout.ToArray()).RootElement.GetProperty("summary");

    private string Bytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Text(string name, string text, Encoding encoding)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }

    private int Run(params string[] args) =>
        new MatchCommand(_error, () => new KeptOpenStream(_stdout)).Run(args, AnsiConsole.Console);

    static RealFilesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
