using System.Text.RegularExpressions;
using Mentorship.ConsoleDemo.Commands;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Tests;

/// <summary>What a person reads from the commands' help lines and usage errors is Russian; only the command line itself is Latin.</summary>
public sealed partial class CommandTextTests
{
    [Fact]
    public void EveryCommandSummary_IsRussianAfterItsCommandLine()
    {
        foreach (var command in CommandCatalog.All)
        {
            var description = command.Summary[(command.Summary.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            EnglishRun().IsMatch(description).Should().BeFalse($"the summary of {command.Name} is «{description}»");
            Cyrillic().IsMatch(description).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData("documents", new[] { "--format" }, "documents: после --format нужно значение.")]
    [InlineData("documents", new[] { "--colour", "red" }, "documents: неизвестный аргумент «--colour».")]
    [InlineData("documents", new[] { "--format", "pdf" }, "documents: неизвестный формат «pdf» (возможны docx, markdown, plain).")]
    [InlineData("template", new string[0], "template: нужен аргумент --out FILE.xlsx.")]
    [InlineData("template", new[] { "--out", "banks.csv" }, "template: имя файла должно оканчиваться на .xlsx.")]
    public void UsageErrors_AreRussian_WithTheUsageLine(string name, string[] args, string expected)
    {
        using var error = new StringWriter();
        ICommand command = name == "documents" ? new DocumentsCommand(TextWriter.Null, error) : new TemplateCommand(TextWriter.Null, error);

        command.Run(args, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) })).Should().Be(2);

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().Equal(expected, "использование: " + command.Summary[..command.Summary.IndexOf(": ", StringComparison.Ordinal)]);
    }

    [GeneratedRegex(@"\b[A-Za-z][a-z]+(?:[ ,]+[A-Za-z][a-z]+){2,}\b")]
    private static partial Regex EnglishRun();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();
}
