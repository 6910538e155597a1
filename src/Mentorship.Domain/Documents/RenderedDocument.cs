using Ardalis.GuardClauses;

namespace Mentorship.Domain.Documents;

/// <summary>A document rendered as Russian text: the same words as Markdown and as plain text of fixed width.</summary>
public sealed class RenderedDocument
{
    /// <summary>The width of plain text unless a renderer is given another: 100 characters.</summary>
    public const int DefaultWidth = 100;

    /// <summary>The narrowest width of plain text a renderer accepts: 60 characters.</summary>
    public const int MinWidth = 60;

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

    /// <summary>
    /// The text as plain text, at most the width it was rendered with (<see cref="DefaultWidth"/> unless given) a line;
    /// only a single word longer than a line is cut. Tables too wide for a grid are printed one record per row.
    /// </summary>
    public string PlainText { get; }

    /// <inheritdoc />
    public override string ToString() => Title;

    internal static RenderedDocument From(string title, LayoutBlocks blocks) => new(title, blocks.ToMarkdown(), blocks.ToPlainText());
}
