using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Mentorship.Domain.OpenXml.Roadmap;
using Mentorship.Domain.Roadmap;
using Mentorship.SampleData;

namespace Mentorship.Domain.OpenXml.Tests.Roadmap;

public class DocxRoadmapImporterTests
{
    [Fact]
    public void The_seed_typed_into_Word_imports_to_the_same_roadmap_as_the_seed_text()
    {
        var docx = SeedRoadmapDocx.Build();
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var table = document.MainDocumentPart!.Document.Body!.Elements<Table>().Single();
            table.Descendants<GridSpan>().Should().HaveCount(4, "the four section rows are merged across the columns");
            table.Elements<TableRow>().Should().Contain(r => r.Elements<TableCell>().Any(c => c.Elements<Paragraph>().Count() > 2), "deliverables are paragraphs of their cell");
        }

        var expected = RoadmapTableImporter.Import(SeedRoadmap.Text);
        var actual = DocxRoadmapImporter.Import(new MemoryStream(docx));
        expected.IsSuccess.Should().BeTrue();
        actual.IsSuccess.Should().BeTrue(actual.IsSuccess ? string.Empty : actual.Failure.ToString());
        RoadmapMarkdownRenderer.Render(actual.Roadmap).Should().Be(RoadmapMarkdownRenderer.Render(expected.Roadmap));
        actual.Roadmap.Sections.SelectMany(s => s.Activities).Should().HaveCount(expected.Roadmap.Sections.SelectMany(s => s.Activities).Count());
    }

    [Fact]
    public void A_document_without_a_roadmap_table_or_not_a_Word_file_fails_with_one_problem()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(
                new Table(new TableRow(new TableCell(new Paragraph(new Run(new Text("Не дорожная карта"))))))));
        }

        var result = DocxRoadmapImporter.Import(new MemoryStream(memory.ToArray()));
        result.IsSuccess.Should().BeFalse();
        result.Failure.Errors.Should().ContainSingle().Which.Code.Should().Be(RoadmapImportErrorCode.HeaderNotFound);

        var junk = DocxRoadmapImporter.Import(new MemoryStream([1, 2, 3]));
        junk.Failure.Errors.Should().ContainSingle().Which.Message.Should().Contain(".docx");
    }

    [Fact]
    public void A_bad_row_is_named_by_its_row_in_the_table()
    {
        var docx = SeedRoadmapDocx.Build();
        using var memory = new MemoryStream();
        memory.Write(docx);
        using (var document = WordprocessingDocument.Open(memory, true))
        {
            var rows = document.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().ToArray();
            var timing = rows[2].Elements<TableCell>().ElementAt(2);
            timing.RemoveAllChildren<Paragraph>();
            timing.Append(new Paragraph(new Run(new Text("когда-нибудь"))));
        }

        var lenient = DocxRoadmapImporter.Import(new MemoryStream(memory.ToArray()));
        lenient.IsSuccess.Should().BeTrue();
        lenient.Warnings.Should().ContainSingle().Which.LineNumber.Should().Be(3);

        var strict = DocxRoadmapImporter.Import(new MemoryStream(memory.ToArray()), RoadmapImportOptions.Strict);
        strict.IsSuccess.Should().BeFalse();
        strict.Failure.Errors.Should().Contain(e => e.LineNumber == 3);
    }
}
