using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Mentorship.WebHost.Tests.Infrastructure;

/// <summary>Small Office files for the upload tests: a one-sheet workbook of text cells, and a Word file with one table.</summary>
public static class OfficeFiles
{
    /// <summary>A workbook with one sheet: the header row, then the rows (every cell an inline string).</summary>
    public static byte[] Workbook(string sheet, string[] headers, params string[][] rows)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            book.Workbook = new Workbook();
            var part = book.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var all = new[] { headers }.Concat(rows).ToArray();
            for (var r = 0; r < all.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < all[r].Length; c++)
                {
                    row.Append(new Cell
                    {
                        CellReference = $"{(char)('A' + c)}{r + 1}",
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(all[r][c])),
                    });
                }

                data.Append(row);
            }

            part.Worksheet = new Worksheet(data);
            book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(part), SheetId = 1, Name = sheet }));
        }

        return memory.ToArray();
    }

    /// <summary>
    /// A Word file holding a paragraph and then a Markdown table (as the host gives the roadmap back) as a real table:
    /// bold markers dropped, «&lt;br&gt;» a new paragraph in the cell.
    /// </summary>
    public static byte[] DocxFromMarkdownTable(string markdown)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var table = new W.Table(new W.TableProperties(new W.TableBorders(new W.InsideHorizontalBorder { Val = W.BorderValues.Single })));
            foreach (var line in markdown.Replace("\r\n", "\n").Split('\n').Where(l => l.StartsWith('|') && !l.StartsWith("| ---", StringComparison.Ordinal)))
            {
                var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim().Replace("**", string.Empty, StringComparison.Ordinal));
                table.Append(new W.TableRow(cells.Select(c => new W.TableCell(
                    c.Split("<br>").Select(p => new W.Paragraph(new W.Run(new W.Text(p) { Space = SpaceProcessingModeValues.Preserve })))))));
            }

            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("Дорожная карта (план мероприятий)"))), table));
        }

        return memory.ToArray();
    }
}
