using System.Collections.Generic;
using System.Linq;

namespace Mentorship.Domain.Documents;

/// <summary>A table of a document: a header row and rows of text cells, each row as wide as the header.</summary>
public sealed class DocumentTable
{
    /// <summary>
    /// The first cell of a total row («Итого»): a layout that prints each row as «header: value» lines prints this cell
    /// alone, without its column's header («Итого», never «Организация: Итого»).
    /// </summary>
    public const string Total = "Итого";

    internal DocumentTable(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Headers = [.. headers];
        Rows = rows.Select(r => (IReadOnlyList<string>)Enumerable.Range(0, Headers.Count).Select(c => c < r.Count ? r[c] : string.Empty).ToArray()).ToArray();
    }

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The rows; each has one cell per header (a missing cell is empty).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
}
