namespace Mentorship.Domain.Roadmap;

/// <summary>A timing phrase that could not be read: nothing is guessed.</summary>
/// <param name="Text">The phrase as given.</param>
/// <param name="Error">Why it could not be read.</param>
/// <param name="Position">The zero-based position in <paramref name="Text"/> where reading stopped.</param>
/// <param name="Message">What went wrong, in plain English.</param>
public sealed record TimingParseFailure(string Text, TimingParseError Error, int Position, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Error} at {Position}: {Message}";
}
