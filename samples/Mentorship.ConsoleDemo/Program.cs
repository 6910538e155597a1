using Mentorship.ConsoleDemo.Commands;
using Spectre.Console;

// The console demo: without arguments it plays the demo year; otherwise the first argument names a command.
var console = AnsiConsole.Console;
var commands = CommandCatalog.All;
if (args.Length == 0)
{
    return new DemoCommand().Run([], console);
}

var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
if (command is null)
{
    Console.Error.WriteLine($"Unknown command '{args[0]}'. Commands: {string.Join(", ", commands.Select(c => c.Name))}.");
    return 2;
}

return command.Run(args[1..], console);
