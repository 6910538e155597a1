using Mentorship.ConsoleDemo.Commands.Files;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Mentorship.ConsoleDemo.Commands;
using Mentorship.Domain.Matching;
using Mentorship.Domain.OpenXml.Excel;
using Mentorship.Domain.People;

namespace Mentorship.Domain.OpenXml.Tests.Excel;

public class XlsxBankReaderTests
{
    private static readonly RequestTopicCatalog Catalog = RequestTopicCatalog.Standard;

    [Theory]
    [InlineData("mentors.xlsx", "mentees.xlsx")]
    [InlineData("mentors-ru.xlsx", "mentees-ru.xlsx")]
    public void The_fixture_banks_as_xlsx_match_to_10_pairs_scoring_137(string mentorsFile, string menteesFile)
    {
        var mentors = Read(mentorsFile, XlsxBankReader.ReadMentors);
        var mentees = Read(menteesFile, XlsxBankReader.ReadMentees);
        var result = new MatchingProblem(mentees, mentors, MatchingPolicy.Default).Solve();
        (result.MenteeCount, result.MatchedCount, result.TotalScore).Should().Be((12, 10, 137));
    }

    [Theory]
    [InlineData("mentors.xlsx", "mentees.xlsx")]
    [InlineData("mentors-ru.xlsx", "mentees-ru.xlsx")]
    public void The_workbooks_give_the_same_banks_as_the_CSV_files(string mentorsFile, string menteesFile)
    {
        var csv = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Matching", "Fixtures", "cdt-small");
        if (!Directory.Exists(csv))
        {
            csv = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cdt-small");
        }

        List<MatchingMentor> expectedMentors;
        using (var source = TextSource.Open(Path.Combine(csv, "mentors.csv")))
        {
            expectedMentors = MatchingCsvReader.ReadMentors(source, Catalog);
        }

        List<MatchingMentee> expectedMentees;
        using (var source = TextSource.Open(Path.Combine(csv, "mentees.csv")))
        {
            expectedMentees = MatchingCsvReader.ReadMentees(source, Catalog, expectedMentors.Select(m => m.Id).ToHashSet(), "mentors.csv");
        }

        var mentors = Read(mentorsFile, XlsxBankReader.ReadMentors);
        var mentees = Read(menteesFile, XlsxBankReader.ReadMentees);
        mentors.Select(Describe).Should().Equal(expectedMentors.Select(Describe));
        mentees.Select(Describe).Should().Equal(expectedMentees.Select(Describe));
    }

    [Fact]
    public void The_empty_template_reads_as_empty_banks_and_passes_the_validator()
    {
        using var memory = new MemoryStream();
        XlsxBankTemplate.Write(Catalog, memory);
        var bytes = memory.ToArray();
        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
            var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToArray();
            sheets.Select(s => s.Name!.Value).Should().Equal("Наставляемые", "Наставники", "Темы");
            sheets[2].State!.Value.Should().Be(DocumentFormat.OpenXml.Spreadsheet.SheetStateValues.Hidden);
            var validations = document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>()).ToArray();
            validations.Should().HaveCount(2).And.OnlyContain(v => v.Formula1!.Text == "'Темы'!$A$2:$A$15");
            validations.Select(v => v.SequenceOfReferences!.InnerText).Should().BeEquivalentTo("D2:D501", "D2:D501");
        }

        XlsxBankReader.ReadMentees(new MemoryStream(bytes), Catalog).Should().BeEmpty();
        XlsxBankReader.ReadMentors(new MemoryStream(bytes), Catalog).Should().BeEmpty();
    }

    [Fact]
    public void A_workbook_with_both_sheets_gives_each_bank_from_its_own_sheet()
    {
        var bytes = Workbook(
            ("Наставляемые", ["ИД", "Организация", "Запросы"], [["S1", "school", "адаптация в коллективе и организации"]]),
            ("Наставники", ["ИД", "Организация", "Компетенции", "Мест"], [["T1", "school", "adaptation:3", 1]]));
        var mentees = XlsxBankReader.ReadMentees(new MemoryStream(bytes), Catalog);
        var mentors = XlsxBankReader.ReadMentors(new MemoryStream(bytes), Catalog);
        mentees.Single().Requests.Should().Equal(TopicCode.From("adaptation"));
        mentors.Single().Competencies.Should().ContainKey(TopicCode.From("adaptation")).WhoseValue.Should().Be(3);
        new MatchingProblem(mentees, mentors, MatchingPolicy.Default).Solve().MatchedCount.Should().Be(1);
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("0", 0)]
    public void A_capacity_stored_as_text_is_read(string capacity, int expected)
    {
        var bytes = Workbook(("Лист1", ["id", "organization", "competencies", "capacity"], [["T1", "school", "digital:2", capacity]]));
        XlsxBankReader.ReadMentors(new MemoryStream(bytes), Catalog).Single().Capacity.Should().Be(expected);
    }

    [Theory]
    [InlineData(new object[] { "adaptation:4", 1 }, "C (Компетенции)", "уровень")]
    [InlineData(new object[] { "adaptation", 1 }, "C (Компетенции)", "тема:уровень")]
    [InlineData(new object[] { "astrology:2", 1 }, "C (Компетенции)", "неизвестная тема «astrology»")]
    [InlineData(new object[] { "adaptation:2", "2,5" }, "D (Мест)", "не целое число")]
    [InlineData(new object[] { "adaptation:2;ADAPTATION:1", 1 }, "C (Компетенции)", "указана дважды")]
    public void A_bad_cell_names_sheet_row_and_column_and_nothing_is_imported(object[] cells, string column, string problem)
    {
        var bytes = Workbook(("Наставники", ["ИД", "Организация", "Компетенции", "Мест"],
        [
            ["T1", "school", "digital:2", 1],
            ["T2", "school", cells[0], cells[1]],
        ]));
        var act = () => XlsxBankReader.ReadMentors(new MemoryStream(bytes), Catalog);
        var error = act.Should().Throw<XlsxImportException>().Which;
        (error.Sheet, error.Row, error.Column).Should().Be(("Наставники", 3, column));
        error.Problem.Should().Contain(problem);
        error.Message.Should().StartWith($"Лист «Наставники», строка 3, столбец {column}: ");
    }

    [Fact]
    public void A_repeated_id_a_missing_column_and_a_file_that_is_not_a_workbook_are_refused()
    {
        var repeated = Workbook(("Наставляемые", ["ИД", "Организация", "Запросы"], [["S1", "school", "digital"], ["S1", "school", "parents"]]));
        var act = () => XlsxBankReader.ReadMentees(new MemoryStream(repeated), Catalog);
        act.Should().Throw<XlsxImportException>().Where(e => e.Row == 3 && e.Problem.Contains("строке 2"));

        var missing = Workbook(("Наставляемые", ["ИД", "ФИО", "Запросы"], [["S1", "Иванова Анна", "digital"]]));
        act = () => XlsxBankReader.ReadMentees(new MemoryStream(missing), Catalog);
        act.Should().Throw<XlsxImportException>().Where(e => e.Row == 1 && e.Problem.Contains("«Организация»"));

        act = () => XlsxBankReader.ReadMentees(new MemoryStream([1, 2, 3]), Catalog);
        act.Should().Throw<XlsxImportException>().Where(e => e.Sheet.Length == 0 && e.Row == 0);
    }

    [Fact]
    public void An_error_never_carries_a_persons_name()
    {
        var bytes = Workbook(("Наставляемые", ["ИД", "ФИО", "Организация", "Запросы"], [["S1", "Павлова Дарья Олеговна", "school", "астрология"]]));
        var act = () => XlsxBankReader.ReadMentees(new MemoryStream(bytes), Catalog);
        act.Should().Throw<XlsxImportException>().Which.Message.Should().NotContain("Павлова");
    }

    internal static byte[] Workbook(params (string Name, string[] Headers, object?[][] Rows)[] sheets)
    {
        using var memory = new MemoryStream();
        using (var book = new XlsxWorkbookBuilder(memory, "test"))
        {
            foreach (var (name, headers, rows) in sheets)
            {
                book.Sheet(name, headers, rows.Select(r => (IReadOnlyList<object?>)r));
            }
        }

        return memory.ToArray();
    }

    private static IReadOnlyList<T> Read<T>(string file, Func<Stream, RequestTopicCatalog, IReadOnlyList<T>> read)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Excel", "Fixtures", file));
        return read(stream, Catalog);
    }

    private static string Describe(MatchingMentor m) =>
        $"{m.Id}|{m.OrganizationId}|{string.Join(",", m.Competencies.OrderBy(c => c.Key.Value).Select(c => $"{c.Key}:{c.Value}"))}|{m.Capacity}|{string.Join(",", m.Subjects)}";

    private static string Describe(MatchingMentee m) =>
        $"{m.Id}|{m.OrganizationId}|{string.Join(",", m.Requests)}|{string.Join(",", m.Subjects)}|{string.Join(",", m.ExcludedMentors)}";
}
