using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>One step of the demo year; steps share a <see cref="DemoState"/> and run in order.</summary>
internal interface IDemoStep
{
    /// <summary>The heading shown before the step.</summary>
    string Title { get; }

    /// <summary>The dates of the demo year the step plays (both ends included), shown on the year's progress display.</summary>
    DateInterval Span { get; }

    /// <summary>Runs the step: reads and extends the state, prints to the console.</summary>
    void Run(DemoState state, IAnsiConsole console);
}
