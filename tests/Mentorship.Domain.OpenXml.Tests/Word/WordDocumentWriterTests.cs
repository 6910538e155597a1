using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Mentorship.Domain.Documents;
using Mentorship.Domain.OpenXml.Word;

namespace Mentorship.Domain.OpenXml.Tests.Word;

public class WordDocumentWriterTests
{
    [Fact]
    public void The_demo_year_has_every_kind_of_document()
    {
        var names = DemoDocuments.Documents.Select(d => d.Name).ToArray();
        names.Should().Contain(n => n.Contains("о закреплении"))
            .And.Contain(n => n.Contains("о замене наставника"))
            .And.Contain(n => n.Contains("о досрочном прекращении"))
            .And.Contain(n => n.Contains("об изменении состава группы"))
            .And.Contain(n => n.Contains("Программа наставничества"))
            .And.Contain(n => n.Contains("План поддержки"))
            .And.Contain(n => n.Contains("Справка по итогам внутреннего мониторинга"))
            .And.Contain(n => n.Contains("Аналитическая справка"));
    }

    [Theory]
    [MemberData(nameof(DemoDocuments.Names), MemberType = typeof(DemoDocuments))]
    public void Every_demo_document_passes_the_OpenXml_validator(string name)
    {
        using var package = Open(DemoDocuments.Get(name).Docx);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToArray();
        errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(DemoDocuments.Names), MemberType = typeof(DemoDocuments))]
    public void The_Word_file_says_every_word_of_the_content_model_in_order(string name)
    {
        var (_, document, docx) = DemoDocuments.Get(name);
        using var package = Open(docx);
        var text = Normalize(string.Join("\n", package.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)));
        var position = 0;
        foreach (var block in document.Content.Blocks.Where(b => b.Kind != DocumentBlockKind.Chart))
        {
            foreach (var piece in Texts(block))
            {
                var at = text.IndexOf(Normalize(piece), position, StringComparison.Ordinal);
                at.Should().BeGreaterThanOrEqualTo(0, $"«{piece}» ({block.Kind}) follows what came before it");
                position = at;
            }
        }
    }

    [Theory]
    [MemberData(nameof(DemoDocuments.Names), MemberType = typeof(DemoDocuments))]
    public void Tables_are_Word_tables_with_a_repeated_header_row_and_rows_kept_on_one_page(string name)
    {
        var (_, document, docx) = DemoDocuments.Get(name);
        using var package = Open(docx);
        var grids = package.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Where(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == "TableGrid")
            .ToArray();
        var tables = document.Content.Blocks.Where(b => b.Kind == DocumentBlockKind.Table).Select(b => b.Table!).ToArray();
        grids.Should().HaveCount(tables.Length);
        for (var i = 0; i < tables.Length; i++)
        {
            var rows = grids[i].Elements<TableRow>().ToArray();
            rows.Should().HaveCount(tables[i].Rows.Count + 1);
            rows[0].TableRowProperties!.GetFirstChild<TableHeader>().Should().NotBeNull();
            rows.Should().OnlyContain(r => r.TableRowProperties!.GetFirstChild<CantSplit>() != null, "a row is never split across two pages");
            rows.Select(r => r.Elements<TableCell>().Count()).Should().AllBeEquivalentTo(tables[i].Headers.Count);
            rows[^1].Elements<TableCell>().Select(c => c.InnerText.Replace('\u00a0', ' '))
                .Should().Equal((tables[i].Rows.Count == 0 ? tables[i].Headers : tables[i].Rows[^1]).Select(c => c.Replace('\u00a0', ' ')));
            grids[i].Descendants<ParagraphStyleId>().Should().OnlyContain(s => s.Val!.Value == "TableText");
        }
    }

    [Fact]
    public void A_table_that_fits_is_set_in_12_pt_with_every_column_as_wide_as_its_longest_word()
    {
        var table = AnalyticalTables().First(t => t.Headers[0] == "Форма наставничества");

        var (widths, halfPoints) = WordTables.Layout(table);

        halfPoints.Should().Be(24);
        widths.Sum().Should().Be(WordPage.TextWidth);
        table.Headers.Should().Equal("Форма наставничества", "Пары", "Группы");
        widths[0].Should().BeGreaterThan(widths[1] + widths[2], "the forms' names are the long text");
        widths[2].Should().BeGreaterThanOrEqualTo((int)(("Группы".Length + 1) * 1.1 * 120) + 250);
    }

    [Fact]
    public void A_table_too_wide_for_its_words_in_12_pt_is_set_smaller_and_breaks_no_word()
    {
        var tables = AnalyticalTables();
        var index = Array.FindIndex(tables, t => t.Headers.Count >= 10);
        var table = tables[index];
        table.Headers.Should().StartWith("Организация").And.Contain("K12");

        var (widths, halfPoints) = WordTables.Layout(table);

        halfPoints.Should().BeLessThan(24).And.BeGreaterThanOrEqualTo(16);
        widths.Sum().Should().Be(WordPage.TextWidth);
        var perCharacter = 120.0 * halfPoints / 24;
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var longest = table.Rows.Select(r => r[c].Replace(" %", "\u00a0%").Split(' ').Max(w => w.Length)).Max();
            widths[c].Should().BeGreaterThanOrEqualTo((int)Math.Max(longest * perCharacter, (table.Headers[c].Length + 1) * 1.1 * perCharacter), table.Headers[c]);
        }

        var (_, _, docx) = DemoDocuments.Documents.First(d => d.Name.Contains("Аналитическая справка"));
        using var package = Open(docx);
        var grid = package.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Where(t => t.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == "TableGrid")
            .ElementAt(index);
        grid.Descendants<FontSize>().Select(f => f.Val!.Value).Distinct()
            .Should().Equal(halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Chart_value_labels_print_a_decimal_comma()
    {
        var (_, _, docx) = DemoDocuments.Documents.First(d => d.Name.Contains("Аналитическая справка"));
        using var package = Open(docx);
        var formats = package.MainDocumentPart!.ChartParts
            .SelectMany(p => p.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.DataLabels>())
            .Select(l => l.GetFirstChild<DocumentFormat.OpenXml.Drawing.Charts.NumberingFormat>()!.FormatCode!.Value)
            .Distinct();
        formats.Should().Equal("[$-419]0.0");
    }

    [Fact]
    public void The_page_is_A4_with_margins_30_15_20_20_mm_and_Times_New_Roman_14()
    {
        using var package = Open(DemoDocuments.Documents[0].Docx);
        var section = package.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        ((int)size.Width!.Value, (int)size.Height!.Value).Should().Be((11906, 16838));
        var margin = section.GetFirstChild<PageMargin>()!;
        ((int)margin.Left!.Value, (int)margin.Right!.Value, margin.Top!.Value, margin.Bottom!.Value).Should().Be((1701, 850, 1134, 1134));
        var defaults = package.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        defaults.RunFonts!.Ascii!.Value.Should().Be("Times New Roman");
        defaults.FontSize!.Val!.Value.Should().Be("28");
        var table = package.MainDocumentPart.StyleDefinitionsPart.Styles.Elements<Style>().Single(s => s.StyleId == "TableText");
        table.StyleRunProperties!.FontSize!.Val!.Value.Should().Be("24");
    }

    [Fact]
    public void Pages_are_numbered_at_the_top_from_the_second_page()
    {
        using var package = Open(DemoDocuments.Documents[0].Docx);
        var section = package.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        section.GetFirstChild<TitlePage>().Should().NotBeNull();
        var main = section.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.Default);
        var header = (HeaderPart)package.MainDocumentPart.GetPartById(main.Id!.Value!);
        header.Header!.Descendants<FieldCode>().Single().Text.Trim().Should().Be("PAGE");
    }

    [Fact]
    public void An_order_has_the_institution_centred_at_the_top_a_centred_title_and_the_acquaintance_sheet()
    {
        var (_, document, docx) = DemoDocuments.Documents.First(d => d.Name.Contains("о закреплении"));
        using var package = Open(docx);
        var paragraphs = package.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToArray();
        paragraphs[0].ParagraphProperties!.Justification!.Val!.Value.Should().Be(JustificationValues.Center);
        paragraphs[0].InnerText.Should().Be(document.Content.Blocks[0].Text);
        paragraphs[1].ParagraphProperties!.ParagraphStyleId!.Val!.Value.Should().Be("Title");
        paragraphs[1].InnerText.Should().Be("Приказ");
        var acquaintance = package.MainDocumentPart.Document.Body.Elements<Table>().Last();
        acquaintance.Elements<TableRow>().Should().HaveCount(document.Content.Blocks.SkipWhile(b => b.Text != "С приказом ознакомлены:").Count(b => b.Kind == DocumentBlockKind.Signature));
    }

    [Fact]
    public void A_programme_opens_with_the_approval_block_in_the_right_half()
    {
        var (_, _, docx) = DemoDocuments.Documents.First(d => d.Name.Contains("Программа"));
        using var package = Open(docx);
        var first = package.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Take(4).ToArray();
        first.Select(p => p.InnerText).First().Should().Be("УТВЕРЖДАЮ");
        first.Should().OnlyContain(p => int.Parse(p.ParagraphProperties!.Indentation!.Left!.Value!) >= 4000);
        first[2].InnerText.Should().StartWith("____________ ");
    }

    [Fact]
    public void The_reports_carry_their_charts_as_native_Word_charts_with_the_data_embedded()
    {
        foreach (var (name, document, docx) in DemoDocuments.Documents.Where(d => d.Name.Contains("правка")))
        {
            var charts = document.Content.Blocks.Where(b => b.Kind == DocumentBlockKind.Chart).Select(b => b.Chart!).ToArray();
            charts.Should().NotBeEmpty(name);
            using var package = Open(docx);
            var parts = package.MainDocumentPart!.ChartParts.ToArray();
            parts.Should().HaveCount(charts.Length, name);
            foreach (var part in parts)
            {
                part.EmbeddedPackagePart.Should().NotBeNull();
                var values = part.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericValue>().Select(v => v.Text).ToArray();
                values.Should().NotBeEmpty();
            }

            var first = parts.Select(p => p.ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.Title>().First().InnerText).ToArray();
            first.Should().Equal(charts.Select(c => c.Title), name);
        }
    }

    [Fact]
    public void The_writer_refuses_a_stream_it_cannot_seek_or_write()
    {
        var document = DemoDocuments.Documents[0].Document;
        var act = () => WordDocumentWriter.Write(document, new MemoryStream([], writable: false));
        act.Should().Throw<ArgumentException>().WithParameterName("stream");
        var none = () => WordDocumentWriter.Write((RenderedDocument)null!, new MemoryStream());
        none.Should().Throw<ArgumentNullException>().WithParameterName("document");
    }

    internal static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static IEnumerable<string> Texts(DocumentBlock block) => block.Kind switch
    {
        DocumentBlockKind.Item => [block.Label + " " + block.Text],
        DocumentBlockKind.Bullets => block.Items,
        DocumentBlockKind.Split or DocumentBlockKind.Signature => [block.Text, block.Right!],
        DocumentBlockKind.Approval => [DocumentBlock.ApprovalWord, block.Text, block.Right!, block.Label!],
        DocumentBlockKind.Table => block.Table!.Headers.Concat(block.Table.Rows.SelectMany(r => r)).Where(c => c.Length > 0),
        _ => [block.Text],
    };

    private static string Normalize(string text) => string.Join(" ", text.Replace('\u00a0', ' ').Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static DocumentTable[] AnalyticalTables() =>
        DemoDocuments.Documents.First(d => d.Name.Contains("Аналитическая справка")).Document.Content.Blocks
            .Where(b => b.Kind == DocumentBlockKind.Table).Select(b => b.Table!).ToArray();
}
