using CsCheck;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Tests.TestHelpers;

namespace Mentorship.Domain.Tests.Documents;

public class LayoutBlocksTests
{
    /// <summary>The approved texts this class checks, beside the documents'.</summary>
    public static readonly string[] GoldenFiles = ["layout.txt"];

    private static readonly Gen<string> GenWord = Gen.Char["абвгдеёжзийклмнопрстуфхцчшщыэюя.,«»0123456789-"].Array[1, 25].Select(c => new string(c));

    [Fact]
    public void Wrap_AnyText_KeepsEveryWordInOrderWithinTheWidth()
    {
        Gen.Select(GenWord.Array[0, 40], Gen.Int[5, 60]).Sample((words, width) =>
        {
            var lines = LayoutBlocks.Wrap(string.Join(" ", words), width);

            lines.Should().OnlyContain(l => l.Length <= width);
            string.Concat(lines.Select(l => l.Replace(" ", string.Empty))).Should().Be(string.Concat(words));
            lines.All(l => !l.StartsWith(' ') && !l.EndsWith(' ')).Should().BeTrue();
        });
    }

    [Fact]
    public void ToPlainText_AnyTable_FitsTheWidthAndKeepsEveryWord()
    {
        var gen = Gen.Select(Gen.Int[1, 8], GenWord.Array[1, 6].Array[1, 5], Gen.Int[RenderedDocument.MinWidth, 130]);
        gen.Sample((columns, cells, width) =>
        {
            var headers = Enumerable.Range(1, columns).Select(i => $"Столбец {i}").ToArray();
            var rows = cells.Select(words => (IReadOnlyList<string>)Enumerable.Range(0, columns).Select(c => c < words.Length ? words[c] : string.Empty).ToArray()).ToArray();

            var text = new LayoutBlocks(width)
                .Split(string.Join(" ", cells[0]), string.Join(" ", cells[^1]))
                .Table(headers, rows)
                .Signature(string.Join(" ", cells.SelectMany(c => c)), "Т.В. Чуракова")
                .ToPlainText();

            text.Split('\n').Should().OnlyContain(l => l.Length <= width);
            var textWords = text.Split([' ', '\n', '|'], StringSplitOptions.RemoveEmptyEntries);
            words(cells, columns).Should().OnlyContain(w => textWords.Contains(w) || textWords.Any(t => t.EndsWith(w, StringComparison.Ordinal)), "no word is cut");
        });
    }

    private static IEnumerable<string> words(string[][] cells, int columns) => cells.SelectMany(c => c.Take(columns)).Where(w => w.Length > 0);

    [Fact]
    public void ToMarkdown_TableCellWithAPipe_IsEscaped()
    {
        var markdown = new LayoutBlocks().Table(["a"], [["x|y"]]).ToMarkdown();

        markdown.Should().Contain("| x\\|y |");
    }

    [Fact]
    public void EveryKindOfBlock_InMarkdownAndPlainText_IsAsApproved()
    {
        var table = new DocumentTable(
            ["№", "Показатель", "Значение"],
            [["1", "Доля наставляемых | с программой", "87,5 %"], ["2", "Средний балл\nпо анкетам"], [DocumentTable.Total, string.Empty, "8"]]);
        var wide = new DocumentTable(
            ["Организация", "Наставляемых", "Наставников", "Пар", "Групп"],
            [["МБОУ ДО «Центр детского творчества»", "12", "7", "7", string.Empty], [DocumentTable.Total, "12", "7", "7", "0"]]);
        DocumentBlock[] blocks =
        [
            DocumentBlock.Of(DocumentBlockKind.Centered, "Управление образования администрации города"),
            DocumentBlock.Of(DocumentBlockKind.Title, "Приказ № 87"),
            DocumentBlock.Of(DocumentBlockKind.Heading, "1. Общие положения"),
            DocumentBlock.Of(DocumentBlockKind.Subheading, "Наставляемые"),
            DocumentBlock.Of(DocumentBlockKind.Paragraph, "Знаки * _ # < \\ в тексте\nи вторая строка абзаца, достаточно длинная, чтобы перенестись."),
            DocumentBlock.Of(DocumentBlockKind.Strong, "Итоги года"),
            DocumentBlock.Item("1.1.", "Закрепить наставников за наставляемыми согласно приложению к настоящему приказу."),
            DocumentBlock.List(["короткий пункт", "длинный пункт списка, который не помещается в одну строку узкого документа"]),
            DocumentBlock.Pair(DocumentBlockKind.Split, "г. Тобольск", "28.08.2026"),
            DocumentBlock.Pair(DocumentBlockKind.Split, "Муниципальное автономное общеобразовательное учреждение", "28 августа 2026 г."),
            DocumentBlock.Pair(DocumentBlockKind.Signature, "Директор", "Т. В. Чуракова"),
            DocumentBlock.Pair(DocumentBlockKind.Signature, "Заместитель директора", "Н. С. Ефимова"),
            DocumentBlock.Approval("Директор МБОУ ДО ЦДТ", "Т. В. Чуракова", "«__» ________ 2026 г."),
            DocumentBlock.Grid(table),
            DocumentBlock.Grid(wide),
            DocumentBlock.Figure(new DocumentChart("Диаграмма", ["K1"], [new DocumentChartSeries("ЦДТ", [50d])], "%", 100)),
            DocumentBlock.Of(DocumentBlockKind.Paragraph, "Конец."),
        ];

        var text = new System.Text.StringBuilder();
        text.Append("# Markdown\n").Append(LayoutBlocks.ToMarkdown(blocks));
        foreach (var width in new[] { 40, 80 })
        {
            text.Append("\n# Plain text, ").Append(width).Append(" characters\n").Append(LayoutBlocks.ToPlainText(blocks, width));
        }

        text.Append("\n# Blocks\n");
        foreach (var block in blocks)
        {
            text.Append(block).Append(": «").Append(block.Text).Append("»\n");
        }

        text.Append("\n# Chart labels\n");
        foreach (var question in new[]
        {
            "Насколько вы удовлетворены работой наставника?",
            "Насколько полезными для вашей профессиональной деятельности оказались встречи с наставником в этом году",
            "Оцените, насколько изменилась ваша уверенность при проведении открытых занятий, родительских собраний и аттестации",
            "Оцените-насколько-изменилась-ваша-уверенность-при-проведении-открытых-занятий родительских",
            "Насколько вы удовлетворены работой, встречами, консультациями; наставника: и программой в целом?",
        })
        {
            text.Append(MonitoringSections.Shorten(question)).Append('\n');
        }

        text.Append('«').Append(MonitoringSections.Capitalize(string.Empty)).Append("» «").Append(MonitoringSections.Capitalize("наставники")).Append("»\n");
        Golden.Check("Documents", "layout.txt", text.ToString());
    }
}
