namespace Mentorship.ConsoleDemo.Commands.Files;

/// <summary>One data row of a <see cref="CsvTable"/>: the line it starts on and its cells, trimmed, one per header column.</summary>
internal sealed record CsvRow(int Line, string[] Cells);
