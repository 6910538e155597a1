namespace Mentorship.Domain.Roadmap;

/// <summary>One problem found while importing a roadmap table.</summary>
/// <param name="LineNumber">The 1-based line of the text where the offending row starts.</param>
/// <param name="Code">What is wrong.</param>
/// <param name="Message">What is wrong, in Russian.</param>
public sealed record RoadmapImportError(int LineNumber, RoadmapImportErrorCode Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"line {LineNumber}: {Message}";
}
