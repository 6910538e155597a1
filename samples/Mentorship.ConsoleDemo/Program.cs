using Mentorship.ConsoleDemo.Commands;
using Spectre.Console;

// The console demo: without arguments it plays the demo year; otherwise the first argument names a command.
var console = AnsiConsole.Console;
var commands = CommandCatalog.All;
if (args.Length == 0)
{
    return new DemoCommand().Run([], console);
}

if (args[0] is "--help" or "-h" or "help")
{
    Console.Out.WriteLine("Команды (подробно: КОМАНДА --help):");
    foreach (var each in commands)
    {
        Console.Out.WriteLine($"  {each.Summary}");
    }

    return 0;
}

var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
if (command is null)
{
    Console.Error.WriteLine($"Неизвестная команда «{Mentorship.ConsoleDemo.Commands.Files.EchoText.Escape(args[0])}». Команды: {string.Join(", ", commands.Select(c => c.Name))} (справка: --help).");
    return 2;
}

return command.Run(args[1..], console);
