using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Mentorship.Domain.OpenXml.Word;

/// <summary>
/// The styles: Times New Roman 14 pt, single spacing, Russian; a justified body paragraph with a 1.25 cm first-line
/// indent; the title; two heading levels (shown in Word's navigation pane); table text in 12 pt; a bordered table.
/// </summary>
internal static class WordStyles
{
    public const string Body = "Body";

    public const string Title = "Title";

    public const string Heading1 = "Heading1";

    public const string Heading2 = "Heading2";

    public const string TableText = "TableText";

    public const string Grid = "TableGrid";

    /// <summary>14 pt in half-points.</summary>
    public const string BodySize = "28";

    /// <summary>12 pt in half-points.</summary>
    public const string TableSize = "24";

    public static readonly int FirstLineIndent = WordPage.Mm(12.5);

    public static void Add(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = BodySize },
                    new FontSizeComplexScript { Val = BodySize },
                    new Languages { Val = "ru-RU", EastAsia = "ru-RU", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, isDefault: true, new StyleParagraphProperties()),
            Paragraph(
                Body,
                "Основной текст",
                "Normal",
                isDefault: false,
                new StyleParagraphProperties(
                    new SpacingBetweenLines { After = "120" },
                    new Indentation { FirstLine = FirstLineIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new Justification { Val = JustificationValues.Both })),
            Paragraph(
                Title,
                "Title",
                "Normal",
                isDefault: false,
                new StyleParagraphProperties(
                    new KeepNext(),
                    new SpacingBetweenLines { Before = "240", After = "120" },
                    new Justification { Val = JustificationValues.Center },
                    new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new Caps(), new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" })),
            Paragraph(
                Heading1,
                "heading 1",
                "Normal",
                isDefault: false,
                new StyleParagraphProperties(
                    new KeepNext(),
                    new KeepLines(),
                    new SpacingBetweenLines { Before = "240", After = "120" },
                    new OutlineLevel { Val = 1 }),
                new StyleRunProperties(new Bold())),
            Paragraph(
                Heading2,
                "heading 2",
                "Normal",
                isDefault: false,
                new StyleParagraphProperties(
                    new KeepNext(),
                    new KeepLines(),
                    new SpacingBetweenLines { Before = "120", After = "60" },
                    new OutlineLevel { Val = 2 }),
                new StyleRunProperties(new Bold(), new Italic())),
            Paragraph(
                TableText,
                "Текст таблицы",
                "Normal",
                isDefault: false,
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
                new StyleRunProperties(new FontSize { Val = TableSize }, new FontSizeComplexScript { Val = TableSize })),
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
            {
                Type = StyleValues.Table,
                StyleId = Grid,
            });
        part.Styles.Save();
    }

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        style.Append(paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
