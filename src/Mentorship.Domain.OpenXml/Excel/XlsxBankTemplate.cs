using System.IO;
using System.Linq;
using Mentorship.Domain.People;

namespace Mentorship.Domain.OpenXml.Excel;

/// <summary>
/// Writes an empty bank workbook for a school to fill in: the sheets «Наставляемые» and «Наставники» with the Russian
/// headers <see cref="XlsxBankReader"/> reads, drop-down lists of the catalogue's topics in «Запросы» and
/// «Компетенции», and a hidden sheet «Темы» holding the list (titles and codes).
/// </summary>
public static class XlsxBankTemplate
{
    /// <summary>The hidden sheet of the topics.</summary>
    public const string TopicsSheet = "Темы";

    /// <summary>How many rows of each sheet get the drop-down lists.</summary>
    public const int Rows = 500;

    /// <summary>Writes the template to a stream (which stays open).</summary>
    /// <param name="catalog">The topics offered in the drop-down lists.</param>
    /// <param name="stream">A writable, seekable stream.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(RequestTopicCatalog catalog, Stream stream)
    {
        Check.NotNull(catalog);
        Check.NotNull(stream);
        var list = $"'{TopicsSheet}'!$A$2:$A${catalog.Topics.Count + 1}";
        using var book = new XlsxWorkbookBuilder(stream, "Банки наставляемых и наставников");
        var mentee = BankColumns.Mentee.Select(c => c.Russian).ToArray();
        var mentor = BankColumns.Mentor.Select(c => c.Russian).ToArray();
        book.Sheet(XlsxBankReader.MenteeSheetNames[0], mentee, [], [(System.Array.IndexOf(mentee, BankColumns.Requests.Russian), list)], emptyRows: Rows);
        book.Sheet(XlsxBankReader.MentorSheetNames[0], mentor, [], [(System.Array.IndexOf(mentor, BankColumns.Competencies.Russian), list)], emptyRows: Rows);
        book.Sheet(TopicsSheet, ["Тема", "Код"], catalog.Topics.Select(t => (System.Collections.Generic.IReadOnlyList<object?>)[t.Title, t.Code.Value]), hidden: true);
    }
}
