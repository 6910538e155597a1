using System.Collections.Generic;

namespace Mentorship.Domain.Documents;

/// <summary>
/// What a document says, as a list of blocks in reading order (title, headings, paragraphs, numbered items, tables,
/// signature and approval blocks, charts): the one model the Markdown, the plain text and the Word renderers write from,
/// so that the wording is written once.
/// </summary>
public sealed class DocumentContent
{
    internal DocumentContent(string title, IReadOnlyList<DocumentBlock> blocks)
    {
        Title = title;
        Blocks = blocks;
    }

    /// <summary>The document's title for lists and file properties, e.g. «Приказ № 45-од от 28.08.2026»; no personal data.</summary>
    public string Title { get; }

    /// <summary>The blocks in reading order.</summary>
    public IReadOnlyList<DocumentBlock> Blocks { get; }

    /// <inheritdoc />
    public override string ToString() => Title;
}
