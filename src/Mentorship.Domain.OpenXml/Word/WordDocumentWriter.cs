using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Mentorship.Domain.Documents;

namespace Mentorship.Domain.OpenXml.Word;

/// <summary>
/// Writes a document of the core (an order, a programme, a support plan, a monitoring report) as a Word file laid out
/// as Russian office documents are: A4, margins 30/15/20/20 mm (left/right/top/bottom), Times New Roman 14 (12 in
/// tables), the institution's name centred at the top, a centred title, justified paragraphs with a 1.25 cm indent,
/// numbered items, real Word tables with a repeated header row, the approval block «УТВЕРЖДАЮ» at the right, signature
/// lines, page numbers at the top centre from the second page, and the reports' charts as native Word charts.
/// The words come from <see cref="RenderedDocument.Content"/>, the model the Markdown is written from.
/// </summary>
public static class WordDocumentWriter
{
    /// <summary>Writes a document as DOCX to a stream (which stays open).</summary>
    /// <param name="document">The document.</param>
    /// <param name="stream">A writable, seekable stream; written from its current position.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written or sought.</exception>
    public static void Write(RenderedDocument document, Stream stream)
    {
        Write(Check.NotNull(document).Content, stream);
    }

    /// <summary>Writes a document's content as DOCX to a stream (which stays open).</summary>
    /// <param name="content">The content.</param>
    /// <param name="stream">A writable, seekable stream; written from its current position.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written or sought.</exception>
    public static void Write(DocumentContent content, Stream stream) => Write([Check.NotNull(content)], stream);

    /// <summary>Writes several documents into one DOCX, each from a new page (the two monitoring reports, a year's orders).</summary>
    /// <param name="contents">The documents' contents, at least one; the file's title is the first one's.</param>
    /// <param name="stream">A writable, seekable stream; written from its current position.</param>
    /// <exception cref="ArgumentNullException">An argument or a content is null.</exception>
    /// <exception cref="ArgumentException">No content is given, or the stream cannot be written or sought.</exception>
    public static void Write(IReadOnlyList<DocumentContent> contents, Stream stream)
    {
        Check.NotNull(contents);
        Check.NotNull(stream);
        if (contents.Count == 0 || contents.Any(c => c is null))
        {
            throw new ArgumentException(contents.Count == 0 ? "At least one document is needed." : "A document is null.", nameof(contents));
        }

        if (!stream.CanWrite || !stream.CanSeek)
        {
            throw new ArgumentException("The stream must be writable and seekable.", nameof(stream));
        }

        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
        package.PackageProperties.Title = contents[0].Title;
        package.PackageProperties.Language = "ru-RU";
        package.PackageProperties.Creator = "Mentorship.Domain";
        var main = package.AddMainDocumentPart();
        WordStyles.Add(main);
        var body = new Body();
        main.Document = new Document(body);
        var builder = new WordBodyBuilder(main, body);
        for (var i = 0; i < contents.Count; i++)
        {
            if (i > 0)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            }

            builder.Add(contents[i].Blocks);
        }

        body.Append(WordPage.Section(main));
        main.Document.Save();
    }

    /// <summary>The document as the bytes of a DOCX file.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static byte[] ToBytes(RenderedDocument document)
    {
        using var memory = new MemoryStream();
        Write(document, memory);
        return memory.ToArray();
    }
}
