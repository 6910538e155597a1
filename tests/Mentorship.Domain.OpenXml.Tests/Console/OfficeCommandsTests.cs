using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Mentorship.ConsoleDemo.Commands;
using Mentorship.Domain.OpenXml.Excel;
using Mentorship.Domain.OpenXml.Tests.Roadmap;
using Mentorship.Domain.People;
using Spectre.Console;

namespace Mentorship.Domain.OpenXml.Tests.Console;

public sealed class OfficeCommandsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mentorship-office-" + Guid.NewGuid().ToString("N"));

    public OfficeCommandsTests() => Directory.CreateDirectory(_directory);

    private static IAnsiConsole Silent => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });

    [Fact]
    public void Documents_writes_every_document_of_the_year_as_docx_and_as_markdown()
    {
        var output = new StringWriter();
        new DocumentsCommand(output, new StringWriter()).Run(["--out", Path.Combine(_directory, "docx")], Silent).Should().Be(0);
        var files = Directory.GetFiles(Path.Combine(_directory, "docx"));
        // The demo year: 5 orders, a programme for each of its 10 pairs and groups, 1 support plan, the 2 reports.
        files.Should().HaveCount(18).And.OnlyContain(f => f.EndsWith(".docx"));
        foreach (var file in files)
        {
            using var document = WordprocessingDocument.Open(file, false);
            new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Should().BeEmpty(file);
        }

        new DocumentsCommand(new StringWriter(), new StringWriter()).Run(["--format", "markdown", "--out", Path.Combine(_directory, "md")], Silent).Should().Be(0);
        var order = Path.Combine(_directory, "md", "01 Приказ 45-од от 28.08.2026 (о закреплении).md");
        File.ReadAllText(order).Should().StartWith("**Муниципальное бюджетное образовательное учреждение");

        var error = new StringWriter();
        new DocumentsCommand(new StringWriter(), error).Run(["--format", "pdf"], Silent).Should().Be(2);
        error.ToString().Should().Contain("неизвестный формат «pdf»");
    }

    [Fact]
    public void Match_reads_xlsx_banks_and_writes_an_xlsx_result()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Excel", "Fixtures");
        var result = Path.Combine(_directory, "result.xlsx");
        new MatchCommand(new StringWriter()).Run(["--mentors", Path.Combine(fixtures, "mentors-ru.xlsx"), "--mentees", Path.Combine(fixtures, "mentees-ru.xlsx"), "--out", result], Silent)
            .Should().Be(0);
        using var document = SpreadsheetDocument.Open(result, false);
        var book = document.WorkbookPart!;
        var summary = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == XlsxMatchingResultWriter.SummarySheet);
        var rows = ((WorksheetPart)book.GetPartById(summary.Id!.Value!)).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToArray();
        rows.Skip(1).Take(4).Select(r => r[1]).Should().Equal("12", "10", "2", "137");
    }

    [Fact]
    public void A_bad_xlsx_bank_is_reported_with_sheet_row_and_column_and_nothing_is_written()
    {
        var bank = Path.Combine(_directory, "mentors.xlsx");
        File.WriteAllBytes(bank, Excel.XlsxBankReaderTests.Workbook(("Наставники", ["ИД", "Организация", "Компетенции", "Мест"], [["T1", "school", "adaptation:7", 1]])));
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Excel", "Fixtures");
        var error = new StringWriter();
        var result = Path.Combine(_directory, "result.xlsx");
        new MatchCommand(error).Run(["--mentors", bank, "--mentees", Path.Combine(fixtures, "mentees.xlsx"), "--out", result], Silent).Should().Be(1);
        error.ToString().Should().Contain("mentors.xlsx").And.Contain("Наставники!C (Компетенции)").And.Contain("уровень");
        File.Exists(result).Should().BeFalse();
    }

    [Fact]
    public void Template_writes_a_workbook_that_match_reads_as_empty_banks()
    {
        var path = Path.Combine(_directory, "шаблон.xlsx");
        new TemplateCommand(new StringWriter(), new StringWriter()).Run(["--out", path], Silent).Should().Be(0);
        using var stream = File.OpenRead(path);
        XlsxBankReader.ReadMentees(stream, RequestTopicCatalog.Standard).Should().BeEmpty();
        new TemplateCommand(new StringWriter(), new StringWriter()).Run(["--out", "x.csv"], Silent).Should().Be(2);
    }

    [Fact]
    public void Roadmap_reads_a_docx_to_the_same_json_as_the_seed_text()
    {
        var docx = Path.Combine(_directory, "дорожная карта.docx");
        File.WriteAllBytes(docx, SeedRoadmapDocx.Build());
        var fromText = new StringWriter();
        var fromWord = new StringWriter();
        new RoadmapCommand(fromText, new StringWriter()).Run(["--format", "json", "--year", "2026"], Silent).Should().Be(0);
        new RoadmapCommand(fromWord, new StringWriter()).Run(["--file", docx, "--format", "json", "--year", "2026"], Silent).Should().Be(0);
        fromWord.ToString().Should().Be(fromText.ToString()).And.Contain("2.4");
    }

    [Fact]
    public void Report_writes_both_reports_into_one_Word_file()
    {
        var path = Path.Combine(_directory, "reports.docx");
        new ReportCommand(new StringWriter(), new StringWriter()).Run(["--format", "docx", "--out", path], Silent).Should().Be(0);
        using var document = WordprocessingDocument.Open(path, false);
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Should().BeEmpty();
        var titles = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Title").Select(p => p.InnerText).ToArray();
        titles.Should().HaveCount(2);
        titles[1].Should().StartWith("Аналитическая справка");
        document.MainDocumentPart.ChartParts.Should().NotBeEmpty();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
