namespace Mentorship.Domain.Documents;

/// <summary>The text form a monitoring report is rendered in.</summary>
public enum ReportTextFormat
{
    /// <summary>Markdown: headings, pipe tables, lists.</summary>
    Markdown = 1,

    /// <summary>Plain text: underlined headings, space-aligned tables, for a console or a printer.</summary>
    PlainText = 2,
}
