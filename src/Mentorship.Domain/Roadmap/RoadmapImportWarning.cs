namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A cell a lenient import could not read and took anyway: the activity was imported with an
/// <see cref="UnrecognisedTiming"/>, without dates.
/// </summary>
/// <param name="LineNumber">The 1-based line of the text where the activity's row starts.</param>
/// <param name="Code">What is wrong (<see cref="RoadmapImportErrorCode.UnreadableTiming"/>).</param>
/// <param name="ActivityNumber">The activity's number, e.g. «2.3».</param>
/// <param name="Failure">Why the timing could not be read, with the text as written and a hint.</param>
/// <param name="Message">What happened, in Russian, for the person who pasted the table.</param>
public sealed record RoadmapImportWarning(int LineNumber, RoadmapImportErrorCode Code, string ActivityNumber, TimingParseFailure Failure, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"строка {LineNumber}: {Message}";
}
