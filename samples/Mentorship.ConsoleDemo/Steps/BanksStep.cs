using Spectre.Console;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>Roadmap items 2.1 and 2.2: the institution forms its mentee and mentor banks.</summary>
internal sealed class BanksStep : IDemoStep
{
    public string Title => "2.1–2.2. Банк наставляемых и банк наставников";

    public void Run(DemoState state, IAnsiConsole console)
    {
        console.MarkupLine($"Организация: {Markup.Escape(state.Organization.FullName)}");
    }
}
