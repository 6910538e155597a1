using System;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Documents;

/// <summary>A document rendered as Russian text: the same words as Markdown and as plain text of fixed width.</summary>
public sealed class RenderedDocument
{
    /// <summary>The width of plain text unless a renderer is given another: 100 characters.</summary>
    public const int DefaultWidth = 100;

    /// <summary>The narrowest width of plain text a renderer accepts: 60 characters.</summary>
    public const int MinWidth = 60;

    private readonly Lazy<string> _markdown;
    private readonly Lazy<string> _plainText;

    internal RenderedDocument(string title, string markdown, string plainText)
        : this(title, () => markdown, () => plainText)
    {
        Guard.Against.Null(markdown);
        Guard.Against.Null(plainText);
    }

    /// <summary>A document whose two texts are written when first read (each once, thread-safe).</summary>
    internal RenderedDocument(string title, Func<string> markdown, Func<string> plainText)
    {
        Title = Guard.Against.NullOrWhiteSpace(title);
        _markdown = new Lazy<string>(Guard.Against.Null(markdown));
        _plainText = new Lazy<string>(Guard.Against.Null(plainText));
    }

    /// <summary>The document's title, e.g. «Приказ № 45-од от 28.08.2026»; no personal data.</summary>
    public string Title { get; }

    /// <summary>The text as Markdown (CommonMark with pipe tables).</summary>
    public string Markdown => _markdown.Value;

    /// <summary>
    /// The text as plain text, at most the width it was rendered with (<see cref="DefaultWidth"/> unless given) a line;
    /// only a single word longer than a line is cut. Tables too wide for a grid are printed one record per row.
    /// </summary>
    public string PlainText => _plainText.Value;

    /// <summary>The text in a format: <see cref="Markdown"/> or <see cref="PlainText"/>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not a defined value.</exception>
    public string Text(ReportTextFormat format) =>
        Guard.Against.EnumOutOfRange(format) == ReportTextFormat.Markdown ? Markdown : PlainText;

    /// <inheritdoc />
    public override string ToString() => Title;

    internal static RenderedDocument From(string title, LayoutBlocks blocks) => new(title, blocks.ToMarkdown(), blocks.ToPlainText());
}
