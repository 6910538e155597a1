using System.Globalization;
using System.Text;

namespace Mentorship.ConsoleDemo.Commands.Files;

/// <summary>
/// A bad input file, in one Russian line: the path as the user gave it, then the line and the column when they are
/// known, then what is wrong — «файл mentors.csv, строка 4, столбец 3 (capacity): …».
/// </summary>
internal sealed class InputFileException(string path, int line, string? column, string problem)
    : Exception(Describe(path, line, column, problem))
{
    /// <summary>The path as given on the command line.</summary>
    public string Path { get; } = path;

    /// <summary>The 1-based line, or 0 when the problem is the file as a whole.</summary>
    public int Line { get; } = line;

    /// <summary>The column: its 1-based position and header, e.g. <c>4 (competencies)</c>; null for a whole line or file.</summary>
    public string? Column { get; } = column;

    /// <summary>What is wrong, in Russian.</summary>
    public string Problem { get; } = problem;

    /// <summary>A problem with the file as a whole (it is missing, unreadable, not text).</summary>
    public InputFileException(string path, string problem)
        : this(path, 0, null, problem)
    {
    }

    private static string Describe(string path, int line, string? column, string problem)
    {
        var text = new StringBuilder("файл ").Append(EchoText.Escape(path, 200));
        if (line > 0)
        {
            text.Append(", строка ").Append(line.ToString(CultureInfo.InvariantCulture));
        }

        if (column is not null)
        {
            text.Append(", столбец ").Append(column);
        }

        return text.Append(": ").Append(problem).ToString();
    }
}
