namespace Mentorship.ConsoleDemo.Commands;

/// <summary>A bad input file: which file, which line and column, and what is wrong.</summary>
internal sealed class MatchInputException(string file, int line, string column, string problem)
    : Exception($"{file}, line {line}, column {column}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    /// <summary>The column: its 1-based position and header name, e.g. <c>4 (competencies)</c>.</summary>
    public string Column { get; } = column;

    public string Problem { get; } = problem;
}
