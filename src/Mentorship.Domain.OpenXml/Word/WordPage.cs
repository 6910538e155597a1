using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Mentorship.Domain.OpenXml.Word;

/// <summary>The page: A4 portrait, margins 30/15/20/20 mm, the page number at the top centre from the second page.</summary>
internal static class WordPage
{
    /// <summary>Twentieths of a point in a millimetre (1440 a inch).</summary>
    public const double TwipsPerMillimetre = 1440 / 25.4;

    public const int Width = 11906;

    public const int Height = 16838;

    public static readonly int Left = Mm(30);

    public static readonly int Right = Mm(15);

    public static readonly int Top = Mm(20);

    public static readonly int Bottom = Mm(20);

    /// <summary>The width of the text between the margins.</summary>
    public static readonly int TextWidth = Width - Left - Right;

    public static int Mm(double millimetres) => (int)System.Math.Round(millimetres * TwipsPerMillimetre);

    public static SectionProperties Section(MainDocumentPart main)
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(
            new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
                new Run(new RunProperties(new FontSize { Val = "24" }), new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new RunProperties(new FontSize { Val = "24" }), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new RunProperties(new FontSize { Val = "24" }), new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new RunProperties(new FontSize { Val = "24" }), new Text("2")),
                new Run(new RunProperties(new FontSize { Val = "24" }), new FieldChar { FieldCharType = FieldCharValues.End })));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = (UInt32Value)(uint)Width, Height = (UInt32Value)(uint)Height, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = Top,
                Right = (UInt32Value)(uint)Right,
                Bottom = Bottom,
                Left = (UInt32Value)(uint)Left,
                Header = (UInt32Value)(uint)Mm(10),
                Footer = (UInt32Value)(uint)Mm(10),
                Gutter = 0U,
            },
            new Columns { Space = "708" },
            new TitlePage());
    }
}
