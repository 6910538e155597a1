using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>One job of the console demo, named by the first command-line argument.</summary>
internal interface ICommand
{
    /// <summary>The name typed on the command line, e.g. <c>match</c>.</summary>
    string Name { get; }

    /// <summary>One line of help.</summary>
    string Summary { get; }

    /// <summary>Runs the command and returns the process exit code.</summary>
    int Run(string[] args, IAnsiConsole console);
}
