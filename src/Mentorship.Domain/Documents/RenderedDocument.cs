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

    private readonly Lazy<DocumentContent> _content;
    private readonly Lazy<string> _markdown;
    private readonly Lazy<string> _plainText;

    /// <summary>A document whose content and two texts are made when first read (each once, thread-safe).</summary>
    internal RenderedDocument(string title, Func<DocumentContent> content, Func<DocumentContent, string> markdown, Func<DocumentContent, string> plainText)
    {
        Title = Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.Null(content);
        Guard.Against.Null(markdown);
        Guard.Against.Null(plainText);
        _content = new Lazy<DocumentContent>(content);
        _markdown = new Lazy<string>(() => markdown(_content.Value));
        _plainText = new Lazy<string>(() => plainText(_content.Value));
    }

    /// <summary>The document's title, e.g. «Приказ № 45-од от 28.08.2026»; no personal data.</summary>
    public string Title { get; }

    /// <summary>
    /// What the document says as blocks (title, headings, paragraphs, numbered items, tables, signature and approval
    /// blocks, charts): the model <see cref="Markdown"/> and <see cref="PlainText"/> are written from, and the one other
    /// renderers (Word, in the Mentorship.Domain.OpenXml package) read.
    /// </summary>
    public DocumentContent Content => _content.Value;

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

    internal static RenderedDocument From(string title, LayoutBlocks blocks)
    {
        var content = blocks.ToContent(title);
        var width = blocks.Width;
        return new(title, () => content, c => LayoutBlocks.ToMarkdown(c.Blocks), c => LayoutBlocks.ToPlainText(c.Blocks, width));
    }

    /// <summary>A monitoring report: its content is collected when first read, and written as its two texts from there.</summary>
    internal static RenderedDocument Report(string title, Func<MonitoringTextWriter> write, int width) =>
        new(title, () => write().ToContent(title), c => MonitoringTextWriter.Write(c.Blocks, ReportTextFormat.Markdown, width), c => MonitoringTextWriter.Write(c.Blocks, ReportTextFormat.PlainText, width));
}
