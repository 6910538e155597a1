using CsCheck;
using Mentorship.Domain.Documents;

namespace Mentorship.Domain.Tests.Documents;

public class LayoutBlocksTests
{
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
}
