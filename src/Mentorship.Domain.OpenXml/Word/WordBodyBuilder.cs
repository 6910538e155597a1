using System;
using System.Collections.Generic;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Mentorship.Domain.Documents;

namespace Mentorship.Domain.OpenXml.Word;

/// <summary>Lays the blocks of a <see cref="DocumentContent"/> out as Word paragraphs and tables.</summary>
internal sealed class WordBodyBuilder(MainDocumentPart main, Body body)
{
    /// <summary>Where the approval block starts: the right half of the text width.</summary>
    private static readonly int ApprovalIndent = WordPage.TextWidth / 2;

    private int _charts;

    public void Add(IReadOnlyList<DocumentBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            switch (b.Kind)
            {
                case DocumentBlockKind.Centered:
                case DocumentBlockKind.Strong:
                    body.Append(Paragraph(b.Text, JustificationValues.Center, bold: true, after: 120));
                    break;
                case DocumentBlockKind.Title:
                    body.Append(Styled(WordStyles.Title, b.Text));
                    break;
                case DocumentBlockKind.Heading:
                    body.Append(Styled(WordStyles.Heading1, b.Text));
                    break;
                case DocumentBlockKind.Subheading:
                    body.Append(Styled(WordStyles.Heading2, b.Text));
                    break;
                case DocumentBlockKind.Paragraph:
                    var beforeSignature = i + 1 < blocks.Count && blocks[i + 1].Kind == DocumentBlockKind.Signature;
                    body.Append(
                        IsInstruction(b.Text) ? Paragraph(b.Text, JustificationValues.Left, bold: true, after: 120)
                        : beforeSignature ? Paragraph(b.Text, JustificationValues.Left, bold: false, after: 0)
                        : Styled(WordStyles.Body, b.Text));
                    break;
                case DocumentBlockKind.Item:
                    body.Append(Styled(WordStyles.Body, b.Label + " " + b.Text));
                    break;
                case DocumentBlockKind.Bullets:
                    foreach (var item in b.Items)
                    {
                        body.Append(Styled(WordStyles.Body, "– " + item));
                    }

                    break;
                case DocumentBlockKind.Split:
                    body.Append(SplitLine(b.Text, b.Right!));
                    break;
                case DocumentBlockKind.Signature:
                    var run = new List<DocumentBlock> { b };
                    while (i + 1 < blocks.Count && blocks[i + 1].Kind == DocumentBlockKind.Signature)
                    {
                        run.Add(blocks[++i]);
                    }

                    body.Append(WordTables.Signatures(run));
                    body.Append(Paragraph(string.Empty, JustificationValues.Left, bold: false, after: 0));
                    break;
                case DocumentBlockKind.Approval:
                    Approval(b);
                    break;
                case DocumentBlockKind.Table:
                    body.Append(WordTables.Grid(b.Table!));
                    body.Append(Paragraph(string.Empty, JustificationValues.Left, bold: false, after: 0));
                    break;
                case DocumentBlockKind.Chart:
                    body.Append(WordCharts.Add(main, b.Chart!, ++_charts));
                    break;
            }
        }
    }

    /// <summary>A paragraph in a style.</summary>
    public static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text));

    /// <summary>A paragraph with its own alignment, weight and spacing after (in twips).</summary>
    public static Paragraph Paragraph(string text, JustificationValues alignment, bool bold, int after, int indent = 0)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { After = after.ToString(CultureInfo.InvariantCulture) },
            Justification = new Justification { Val = alignment },
        };
        if (indent > 0)
        {
            properties.Indentation = new Indentation { Left = indent.ToString(CultureInfo.InvariantCulture) };
        }

        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(Run(text, bold));
        }

        return paragraph;
    }

    /// <summary>A run of text; line breaks in the text become Word line breaks.</summary>
    public static Run Run(string text, bool bold = false, string? size = null)
    {
        var run = new Run();
        if (bold || size is not null)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Bold = new Bold();
            }

            if (size is not null)
            {
                properties.FontSize = new FontSize { Val = size };
                properties.FontSizeComplexScript = new FontSizeComplexScript { Val = size };
            }

            run.Append(properties);
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>«ПРИКАЗЫВАЮ:» and the lines like it stand alone, bold, without an indent.</summary>
    private static bool IsInstruction(string text) => text.Length <= 20 && text[text.Length - 1] == ':' && string.Equals(text.ToUpperInvariant(), text, StringComparison.Ordinal);

    private static Paragraph SplitLine(string left, string right) =>
        new(
            new ParagraphProperties
            {
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = WordPage.TextWidth }),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "240" },
            },
            Run(left),
            new Run(new TabChar()),
            Run(right));

    /// <summary>«УТВЕРЖДАЮ», the post, the blank and the name, the date: a block in the right half of the page.</summary>
    private void Approval(DocumentBlock b)
    {
        body.Append(Paragraph(DocumentBlock.ApprovalWord, JustificationValues.Left, bold: true, after: 0, indent: ApprovalIndent));
        body.Append(Paragraph(b.Text, JustificationValues.Left, bold: false, after: 0, indent: ApprovalIndent));
        body.Append(Paragraph("____________ " + b.Right, JustificationValues.Left, bold: false, after: 0, indent: ApprovalIndent));
        body.Append(Paragraph(b.Label!, JustificationValues.Left, bold: false, after: 240, indent: ApprovalIndent));
    }
}
