using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.OpenXml.Roadmap;

/// <summary>
/// Imports a roadmap from a Word file (.docx): the first table whose header row is a roadmap header («№ п/п»,
/// «Наименование мероприятия», «Срок…», «Ответственный…», «Результат…»), read by <see cref="RoadmapTableImporter"/>
/// with its rules. Text before the table and other tables are ignored; a section row merged across the columns reads
/// as its text followed by empty cells; a cell holding several paragraphs (one deliverable or one timing a paragraph)
/// reads as the paragraphs joined by spaces, as when the table is pasted from Word. Errors name the table's row
/// («line N» is row N of the table, the header being row 1). All or nothing.
/// </summary>
public static class DocxRoadmapImporter
{
    /// <summary>Imports the roadmap table of a Word file; an unreadable timing cell is a warning (<see cref="RoadmapImportOptions.Default"/>).</summary>
    /// <param name="docx">The .docx file's content (read, not closed).</param>
    /// <returns>The roadmap, or every problem found (a file that is not a Word document, or has no roadmap table, is one problem).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    public static RoadmapImportResult Import(Stream docx) => Import(docx, RoadmapImportOptions.Default);

    /// <summary>Imports the roadmap table of a Word file with the given import options (lenient or strict).</summary>
    /// <param name="docx">The .docx file's content (read, not closed).</param>
    /// <param name="options">How an unreadable timing cell is treated.</param>
    /// <returns>The roadmap, or every problem found (a file that is not a Word document, or has no roadmap table, is one problem).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> or <paramref name="options"/> is null.</exception>
    public static RoadmapImportResult Import(Stream docx, RoadmapImportOptions options)
    {
        Check.NotNull(docx);
        Check.NotNull(options);
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(docx, false);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or ArgumentNullException))
        {
            return Failed("файл не читается как документ Word (.docx)");
        }

        using (document)
        {
            var body = document.MainDocumentPart?.Document?.Body;
            RoadmapImportResult? first = null;
            foreach (var table in body?.Descendants<Table>() ?? [])
            {
                var result = RoadmapTableImporter.Import(Text(table), options);
                if (result.IsSuccess || result.Failure.Errors.All(e => e.Code != RoadmapImportErrorCode.HeaderNotFound))
                {
                    return result;
                }

                first ??= result;
            }

            return first ?? Failed("в документе нет таблицы");
        }
    }

    /// <summary>A table as the tab-separated text Word gives when the table is copied: one line a row.</summary>
    internal static string Text(Table table)
    {
        var text = new StringBuilder();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<TableCell>())
            {
                cells.Add(string.Join(" ", cell.Elements<Paragraph>().Select(p => Clean(p.InnerText)).Where(p => p.Length > 0)));
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                for (var i = 1; i < span; i++)
                {
                    cells.Add(string.Empty);
                }
            }

            text.Append(string.Join("\t", cells)).Append('\n');
        }

        return text.ToString();
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\u00a0', ' ').Trim();

    private static RoadmapImportResult Failed(string message) =>
        RoadmapImportResult.Failed(new RoadmapImportFailure([new RoadmapImportError(0, RoadmapImportErrorCode.HeaderNotFound, message)]));
}
