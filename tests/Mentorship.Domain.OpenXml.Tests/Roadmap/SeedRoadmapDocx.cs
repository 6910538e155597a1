using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Mentorship.SampleData;

namespace Mentorship.Domain.OpenXml.Tests.Roadmap;

/// <summary>
/// The seed's roadmap typed into Word: the order's text as paragraphs, then the table with the section rows merged
/// across the five columns, each numbered deliverable of a result cell a paragraph of its own, and the cell the
/// pasted text broke over two lines («методически» / «й совет») whole again.
/// </summary>
internal static class SeedRoadmapDocx
{
    public static byte[] Build()
    {
        var lines = SeedRoadmap.Text.Replace("\r\n", "\n").Split('\n');
        var header = Array.FindIndex(lines, l => l.Contains("Наименование мероприятия", StringComparison.Ordinal));
        var rows = new List<string[]>();
        foreach (var line in lines.Skip(header + 1).Where(l => l.Trim().Length > 0))
        {
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells[0].Length == 0 && rows.Count > 0)
            {
                var last = rows[^1];
                for (var c = 1; c < cells.Length; c++)
                {
                    if (cells[c].Length > 0)
                    {
                        last[c] = "йьъы".Contains(char.ToLowerInvariant(cells[c][0])) || last[c].EndsWith('-') ? last[c] + cells[c] : last[c] + " " + cells[c];
                    }
                }

                continue;
            }

            rows.Add(cells.Concat(Enumerable.Repeat(string.Empty, Math.Max(0, 5 - cells.Length))).ToArray());
        }

        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            foreach (var line in lines.Take(header))
            {
                body.Append(new Paragraph(new Run(new Text(line.Trim()) { Space = SpaceProcessingModeValues.Preserve })));
            }

            var table = new Table(
                new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 }, new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
                new TableGrid(Enumerable.Range(0, 5).Select(_ => new GridColumn { Width = "1800" })));
            table.Append(new TableRow(lines[header].Split('\t').Select(h => Cell([h.Trim()]))));
            foreach (var row in rows)
            {
                if (row.Skip(1).All(c => c.Length == 0))
                {
                    var merged = Cell([row[0]]);
                    merged.PrependChild(new TableCellProperties(new GridSpan { Val = 5 }));
                    table.Append(new TableRow(merged));
                    continue;
                }

                table.Append(new TableRow(row.Select((c, i) => Cell(i == 4 ? Deliverables(c) : [c]))));
            }

            body.Append(table);
            body.Append(new Paragraph());
        }

        return memory.ToArray();
    }

    /// <summary>A result cell split before « 1.», « 2.», … in turn: one paragraph a deliverable.</summary>
    private static List<string> Deliverables(string text)
    {
        var parts = new List<string>();
        var start = 0;
        for (var k = 1; ; k++)
        {
            var marker = k == 1 && text.StartsWith("1.", StringComparison.Ordinal) ? 0 : text.IndexOf($" {k}.", start, StringComparison.Ordinal);
            if (marker < 0)
            {
                break;
            }

            if (marker > start)
            {
                parts.Add(text.Substring(start, marker - start).Trim());
            }

            start = marker == 0 ? 0 : marker + 1;
        }

        parts.Add(text.Substring(start).Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static TableCell Cell(IEnumerable<string> paragraphs) =>
        new(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve }))));
}
