using Ardalis.GuardClauses;

namespace Mentorship.Domain.Documents;

/// <summary>A document rendered as Russian text: the same words as Markdown and as plain text of fixed width.</summary>
public sealed class RenderedDocument
{
    internal RenderedDocument(string title, string markdown, string plainText)
    {
        Title = Guard.Against.NullOrWhiteSpace(title);
        Markdown = Guard.Against.Null(markdown);
        PlainText = Guard.Against.Null(plainText);
    }

    /// <summary>The document's title, e.g. «Приказ № 45-од от 28.08.2026»; no personal data.</summary>
    public string Title { get; }

    /// <summary>The text as Markdown (CommonMark with pipe tables).</summary>
    public string Markdown { get; }

    /// <summary>The text as plain text, at most 100 characters a line (a word longer than a table column is cut).</summary>
    public string PlainText { get; }

    /// <inheritdoc />
    public override string ToString() => Title;

    internal static RenderedDocument From(string title, LayoutBlocks blocks) => new(title, blocks.ToMarkdown(), blocks.ToPlainText());
}
