using System.Globalization;
using System.Text;

namespace Mentorship.ConsoleDemo.Commands.Files;

/// <summary>
/// A CSV table read as a stream, row by row, strictly and with every problem placed by line and column. The first
/// non-blank line is the header; the delimiter, <c>,</c> or <c>;</c> (Russian Excel's default), is the one the header
/// uses more. Quoting follows RFC 4180 (a quoted cell may hold delimiters, doubled quotes and line breaks). Header
/// names are trimmed; empty columns at the end of the header (as Excel leaves them) are ignored, and so are empty
/// cells under them. A row with fewer cells than the header names, or with a value beyond them, is an error; blank
/// rows are skipped. Cells are bounded (<see cref="MaxCellLength"/>, <see cref="MaxCells"/>) so that no input can
/// make a row unbounded.
/// </summary>
internal sealed class CsvTable
{
    /// <summary>The longest cell accepted, in characters.</summary>
    public const int MaxCellLength = 64 * 1024;

    /// <summary>The most cells a row may have.</summary>
    public const int MaxCells = 1024;

    private readonly TextSource _source;
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _cell = new();
    private int _position;
    private int _length;
    private int _line = 1;
    private bool _atEnd;

    private CsvTable(TextSource source)
    {
        _source = source;
        _reader = source.Reader;
        var header = ReadHeader();
        var named = header.Cells.Count;
        while (named > 0 && header.Cells[named - 1].Length == 0)
        {
            named--;
        }

        if (named == 0)
        {
            throw new InputFileException(source.Path, "файл пуст: нужна строка заголовка");
        }

        for (var k = 0; k < named; k++)
        {
            if (header.Cells[k].Length == 0)
            {
                throw new InputFileException(source.Path, header.Line, Position(k), "у столбца нет названия в заголовке");
            }
        }

        Header = header.Cells.Take(named).ToArray();
        HeaderLine = header.Line;
    }

    /// <summary>The delimiter found in the header: <c>,</c> or <c>;</c>.</summary>
    public char Delimiter { get; private set; } = ',';

    /// <summary>The header's names as written (trimmed), without the empty trailing columns.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The line of the header.</summary>
    public int HeaderLine { get; }

    /// <summary>The path of the file, as given.</summary>
    public string Path => _source.Path;

    /// <summary>Reads the header of <paramref name="source"/>; the rows follow through <see cref="ReadRow"/>.</summary>
    public static CsvTable Open(TextSource source) => new(source);

    /// <summary>The column's description for a message: its 1-based position and its header, e.g. <c>5 (capacity)</c>.</summary>
    public string Column(int index) =>
        index < Header.Count ? $"{Position(index)} ({EchoText.Escape(Header[index], 40)})" : Position(index);

    /// <summary>The next non-blank row, its cells trimmed and exactly as many as the header names; null at the end.</summary>
    public CsvRow? ReadRow()
    {
        while (true)
        {
            var record = ReadRecord();
            if (record is null)
            {
                return null;
            }

            var (line, cells) = record.Value;
            if (cells.TrueForAll(c => c.Length == 0))
            {
                continue;
            }

            if (cells.Count < Header.Count)
            {
                throw new InputFileException(
                    Path,
                    line,
                    Column(cells.Count),
                    $"в строке {Cells(cells.Count)}, а в заголовке {Cells(Header.Count)}: ячейки нет");
            }

            for (var k = Header.Count; k < cells.Count; k++)
            {
                if (cells[k].Length > 0)
                {
                    throw new InputFileException(
                        Path,
                        line,
                        Position(k),
                        $"лишнее значение «{EchoText.Escape(cells[k])}»: в заголовке {Cells(Header.Count)}");
                }
            }

            return new CsvRow(line, cells.Count == Header.Count ? [.. cells] : [.. cells.Take(Header.Count)]);
        }
    }

    private static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Cells(int count)
    {
        var text = count.ToString(CultureInfo.InvariantCulture);
        var form = (count % 100) is >= 11 and <= 14 ? "ячеек" : (count % 10) switch
        {
            1 => "ячейка",
            2 or 3 or 4 => "ячейки",
            _ => "ячеек",
        };
        return $"{text} {form}";
    }

    /// <summary>The first non-blank line, with the delimiter chosen by counting both candidates outside quotes.</summary>
    private (int Line, List<string> Cells) ReadHeader()
    {
        while (true)
        {
            var start = _line;
            var raw = new StringBuilder();
            var quoted = false;
            int commas = 0, semicolons = 0;
            while (Peek() is var c and >= 0)
            {
                if (!quoted && (c == '\n' || c == '\r'))
                {
                    break;
                }

                Take();
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == '\n')
                {
                    _line++;
                }
                else if (!quoted)
                {
                    commas += c == ',' ? 1 : 0;
                    semicolons += c == ';' ? 1 : 0;
                }

                raw.Append((char)c);
                if (raw.Length > MaxCellLength)
                {
                    throw new InputFileException(Path, start, null, "строка заголовка слишком длинная");
                }
            }

            EndOfLine();
            if (raw.ToString().Trim().Length == 0)
            {
                if (Peek() < 0)
                {
                    return (start, []);
                }

                continue;
            }

            Delimiter = semicolons > commas ? ';' : ',';
            var header = new CsvTable(TextSource.FromText(Path, raw.ToString()), Delimiter);
            var cells = header.ReadRecord()?.Cells ?? [];
            return (start, cells.ConvertAll(c => c.Trim('\uFEFF', ' ', '\t')));
        }
    }

    /// <summary>A tokenizer over a piece of text already known to be one record (the header).</summary>
    private CsvTable(TextSource source, char delimiter)
    {
        _source = source;
        _reader = source.Reader;
        Delimiter = delimiter;
        Header = [];
    }

    /// <summary>One record: its first line and its cells (trimmed); null at the end of the text.</summary>
    private (int Line, List<string> Cells)? ReadRecord()
    {
        if (Peek() < 0)
        {
            return null;
        }

        var start = _line;
        var cells = new List<string>();
        while (true)
        {
            var (cell, ended) = ReadCell(start, cells.Count);
            cells.Add(cell);
            if (cells.Count > MaxCells)
            {
                throw new InputFileException(Path, start, null, $"в строке больше {MaxCells.ToString(CultureInfo.InvariantCulture)} ячеек");
            }

            if (ended)
            {
                return (start, cells);
            }
        }
    }

    /// <summary>One cell; <c>ended</c> when the record ends after it (line break or end of text).</summary>
    private (string Cell, bool Ended) ReadCell(int recordLine, int index)
    {
        _cell.Clear();
        while (Peek() is ' ' or '\t')
        {
            _cell.Append((char)Take());
        }

        if (Peek() == '"')
        {
            var openedOn = _line;
            Take();
            _cell.Clear();
            while (true)
            {
                var c = Take();
                if (c < 0)
                {
                    throw new InputFileException(Path, openedOn, Position(index), "кавычка открыта и не закрыта до конца файла");
                }

                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Take();
                        Append('"', recordLine, index);
                        continue;
                    }

                    break;
                }

                if (c == '\n' || (c == '\r' && Peek() != '\n'))
                {
                    _line++;
                }

                Append((char)c, recordLine, index);
            }

            var quotedValue = _cell.ToString();
            while (Peek() is ' ' or '\t')
            {
                Take();
            }

            var next = Peek();
            if (next == Delimiter)
            {
                Take();
                return (quotedValue, false);
            }

            if (next < 0 || next == '\n' || next == '\r')
            {
                EndOfLine();
                return (quotedValue, true);
            }

            throw new InputFileException(Path, _line, Position(index), "после закрывающей кавычки ячейки идёт текст: кавычки внутри ячейки удваиваются (\"\")");
        }

        while (true)
        {
            var c = Peek();
            if (c < 0 || c == '\n' || c == '\r')
            {
                EndOfLine();
                return (_cell.ToString().Trim(), true);
            }

            Take();
            if (c == Delimiter)
            {
                return (_cell.ToString().Trim(), false);
            }

            if (c == '"')
            {
                throw new InputFileException(Path, _line, Position(index), "кавычка внутри ячейки без кавычек: такую ячейку берут в кавычки, а кавычку удваивают");
            }

            Append((char)c, recordLine, index);
        }
    }

    private void Append(char c, int recordLine, int index)
    {
        if (_cell.Length >= MaxCellLength)
        {
            throw new InputFileException(Path, recordLine, Position(index), $"ячейка длиннее {MaxCellLength.ToString(CultureInfo.InvariantCulture)} символов");
        }

        _cell.Append(c);
    }

    /// <summary>Consumes a line break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>) if one is next.</summary>
    private void EndOfLine()
    {
        var c = Peek();
        if (c == '\r')
        {
            Take();
            if (Peek() == '\n')
            {
                Take();
            }

            _line++;
        }
        else if (c == '\n')
        {
            Take();
            _line++;
        }
    }

    private int Peek()
    {
        if (_position < _length)
        {
            return _buffer[_position];
        }

        if (_atEnd)
        {
            return -1;
        }

        try
        {
            _length = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new InputFileException(Path, _line, null, $"байты, недопустимые в кодировке {_source.EncodingName}");
        }
        catch (IOException e)
        {
            throw new InputFileException(Path, $"файл не читается: {IoProblem.Describe(e)}");
        }

        _position = 0;
        _atEnd = _length == 0;
        return _atEnd ? -1 : _buffer[0];
    }

    private int Take()
    {
        var c = Peek();
        if (c >= 0)
        {
            _position++;
        }

        return c;
    }
}
