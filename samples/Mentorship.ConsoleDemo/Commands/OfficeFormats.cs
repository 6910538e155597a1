using Mentorship.ConsoleDemo.Commands.Files;
using Mentorship.Domain.Matching;
using Mentorship.Domain.OpenXml.Excel;
using Mentorship.Domain.OpenXml.Roadmap;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// The Word and Excel side of the file commands, chosen by the file's extension: banks from <c>.xlsx</c> (else CSV),
/// the matching result to <c>.xlsx</c> (else JSON), the roadmap from <c>.docx</c> (else text). Office files over
/// <see cref="MaxBytes"/> are refused before they are read.
/// </summary>
internal static class OfficeFormats
{
    /// <summary>The largest Word or Excel file read: 20 MB.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public static bool IsXlsx(string? path) => path is not null && path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    public static bool IsDocx(string? path) => path is not null && path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the mentor bank from a workbook; a bad file is an <see cref="InputFileException"/> naming sheet, row and column.</summary>
    public static List<MatchingMentor> ReadMentorsWorkbook(string path, RequestTopicCatalog catalog) =>
        [.. FromWorkbook(path, s => XlsxBankReader.ReadMentors(s, catalog))];

    /// <summary>Reads the mentee bank from a workbook; a bad file is an <see cref="InputFileException"/> naming sheet, row and column.</summary>
    public static List<MatchingMentee> ReadMenteesWorkbook(string path, RequestTopicCatalog catalog) =>
        [.. FromWorkbook(path, s => XlsxBankReader.ReadMentees(s, catalog))];

    /// <summary>Writes the result as a workbook when the target ends in .xlsx, as JSON otherwise.</summary>
    public static void WriteResult(Stream stream, MatchingResult result, string? target)
    {
        if (IsXlsx(target))
        {
            WritePackage(stream, buffer => XlsxMatchingResultWriter.Write(result, RequestTopicCatalog.Standard, buffer));
        }
        else
        {
            MatchingJsonWriter.Write(stream, result);
        }
    }

    /// <summary>
    /// Writes an Open XML package to <paramref name="output"/>: the SDK reads its parts back while writing, so the
    /// package is built in memory and then copied to the output, which may be write-only.
    /// </summary>
    public static void WritePackage(Stream output, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Imports the roadmap from a .docx file, or from the text already read.</summary>
    public static RoadmapImportResult ImportRoadmap(string? file, string text, RoadmapImportOptions options)
    {
        if (!IsDocx(file))
        {
            return RoadmapTableImporter.Import(text, options);
        }

        try
        {
            using var stream = OpenBounded(file!);
            return DocxRoadmapImporter.Import(stream, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return RoadmapImportResult.Failed(new RoadmapImportFailure([new RoadmapImportError(0, RoadmapImportErrorCode.HeaderNotFound, $"файл не читается: {e.Message}")]));
        }
    }

    private static IReadOnlyList<T> FromWorkbook<T>(string path, Func<Stream, IReadOnlyList<T>> read)
    {
        try
        {
            using var stream = OpenBounded(path);
            return read(stream);
        }
        catch (XlsxImportException e)
        {
            var where = e.Sheet.Length == 0 ? null : $"{e.Sheet}!{e.Column}";
            throw new InputFileException(path, e.Row, where, e.Problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(path, $"файл не читается: {e.Message}");
        }
    }

    private static FileStream OpenBounded(string path)
    {
        var stream = File.OpenRead(path);
        if (stream.Length > MaxBytes)
        {
            stream.Dispose();
            throw new IOException($"файл больше {MaxBytes / (1024 * 1024)} МБ");
        }

        return stream;
    }
}
