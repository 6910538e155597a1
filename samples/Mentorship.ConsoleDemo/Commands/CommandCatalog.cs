namespace Mentorship.ConsoleDemo.Commands;

/// <summary>The commands the demo knows. Add a new command here, one line each.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICommand> All { get; } =
    [
        new DemoCommand(),
        new MatchCommand(),
        new RoadmapCommand(),
        new ReportCommand(),
        new DocumentsCommand(),
        new TemplateCommand(),
    ];
}
