using System.Collections.Generic;

namespace Mentorship.Domain.Documents;

/// <summary>
/// One block of a <see cref="DocumentContent"/>: what it is (<see cref="Kind"/>) and its words. The Markdown and plain
/// text of a <see cref="RenderedDocument"/> and any other renderer (Word) are written from the same blocks.
/// </summary>
public sealed class DocumentBlock
{
    private DocumentBlock(DocumentBlockKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>The word that opens an approval block: «УТВЕРЖДАЮ».</summary>
    public const string ApprovalWord = "УТВЕРЖДАЮ";

    /// <summary>What the block is.</summary>
    public DocumentBlockKind Kind { get; }

    /// <summary>The block's main text: the title, heading or paragraph; an item's text; the left of a split line; who signs. Empty for tables, lists and charts.</summary>
    public string Text { get; }

    /// <summary>An item's number («1.»); the date line of an approval block. Otherwise null.</summary>
    public string? Label { get; private init; }

    /// <summary>The right of a split line; the name (or date) after a signature blank. Otherwise null.</summary>
    public string? Right { get; private init; }

    /// <summary>The entries of a bulleted list; empty for other kinds.</summary>
    public IReadOnlyList<string> Items { get; private init; } = [];

    /// <summary>The table of a <see cref="DocumentBlockKind.Table"/> block; otherwise null.</summary>
    public DocumentTable? Table { get; private init; }

    /// <summary>The chart of a <see cref="DocumentBlockKind.Chart"/> block; otherwise null.</summary>
    public DocumentChart? Chart { get; private init; }

    /// <inheritdoc />
    public override string ToString() => $"DocumentBlock {Kind}";

    internal static DocumentBlock Of(DocumentBlockKind kind, string text) => new(kind, text);

    internal static DocumentBlock Item(string label, string text) => new(DocumentBlockKind.Item, text) { Label = label };

    internal static DocumentBlock Pair(DocumentBlockKind kind, string left, string right) => new(kind, left) { Right = right };

    internal static DocumentBlock Approval(string post, string name, string date) => new(DocumentBlockKind.Approval, post) { Right = name, Label = date };

    internal static DocumentBlock List(IReadOnlyList<string> items) => new(DocumentBlockKind.Bullets, string.Empty) { Items = items };

    internal static DocumentBlock Grid(DocumentTable table) => new(DocumentBlockKind.Table, string.Empty) { Table = table };

    internal static DocumentBlock Figure(DocumentChart chart) => new(DocumentBlockKind.Chart, string.Empty) { Chart = chart };
}
