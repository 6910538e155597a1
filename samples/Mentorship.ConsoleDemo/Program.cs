using Mentorship.ConsoleDemo.Commands;
using Mentorship.ConsoleDemo.Commands.Files;
using Spectre.Console;

// The console demo: without arguments it plays the demo year; otherwise the first argument names a command.
var console = AnsiConsole.Console;
var commands = CommandCatalog.All;
try
{
    return Run();
}
catch (IOException e)
{
    // The file commands report their own output failures; this catches the rest (the demo, help) the same way.
    var failure = new OutputException(SafeOutput.StandardOutputName, IoProblem.Describe(e), IoProblem.IsBrokenPipe(e), e);
    if (!failure.IsBrokenPipe)
    {
        Console.Error.WriteLine(failure.Message);
    }

    return 1;
}

int Run()
{
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
        Console.Error.WriteLine($"Неизвестная команда «{EchoText.Escape(args[0])}». Команды: {string.Join(", ", commands.Select(c => c.Name))} (справка: --help).");
        return 2;
    }

    return command.Run(args[1..], console);
}
