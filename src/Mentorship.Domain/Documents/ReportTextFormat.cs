namespace Mentorship.Domain.Documents;

/// <summary>The two text forms of a <see cref="RenderedDocument"/>, for hosts that let a user choose one.</summary>
public enum ReportTextFormat
{
    /// <summary>Markdown: headings, pipe tables, lists.</summary>
    Markdown = 1,

    /// <summary>Plain text: underlined headings, space-aligned tables, for a console or a printer.</summary>
    PlainText = 2,
}
