using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Mentorship.Domain.Matching;
using Mentorship.Domain.OpenXml.Excel;
using Mentorship.Domain.People;

namespace Mentorship.Domain.OpenXml.Tests.Excel;

public class XlsxMatchingResultWriterTests
{
    [Fact]
    public void The_result_workbook_has_the_pairs_the_unmatched_and_the_summary()
    {
        var catalog = RequestTopicCatalog.Standard;
        using var mentorsFile = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Excel", "Fixtures", "mentors.xlsx"));
        using var menteesFile = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Excel", "Fixtures", "mentees.xlsx"));
        var result = new MatchingProblem(XlsxBankReader.ReadMentees(menteesFile, catalog), XlsxBankReader.ReadMentors(mentorsFile, catalog), MatchingPolicy.Default).Solve();
        using var memory = new MemoryStream();
        XlsxMatchingResultWriter.Write(result, catalog, memory);

        using var document = SpreadsheetDocument.Open(new MemoryStream(memory.ToArray()), false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        var book = document.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToArray();
        sheets.Select(s => s.Name!.Value).Should().Equal("Пары", "Без пары", "Итог");
        var pairs = Rows(book, sheets[0]);
        pairs.Should().HaveCount(11);
        pairs.Skip(1).Sum(r => int.Parse(r[2])).Should().Be(137);
        pairs.Skip(1).Select(r => (r[0], r[1])).Should().BeEquivalentTo(result.Assignments.Select(a => (a.Mentee.Value, a.Mentor.Value)));
        var s01 = pairs.Single(r => r[0] == "S01");
        s01[6].Should().Contain("адаптация в коллективе и организации (");
        Rows(book, sheets[1]).Skip(1).Select(r => r[0]).Should().BeEquivalentTo(result.Unmatched.Select(u => u.Mentee.Value));
        Rows(book, sheets[2]).Skip(1).Take(4).Select(r => r[1]).Should().Equal("12", "10", "2", "137");
    }

    private static List<string[]> Rows(WorkbookPart book, Sheet sheet)
    {
        var part = (WorksheetPart)book.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
    }
}
