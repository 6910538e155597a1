namespace Mentorship.Domain.Roadmap;

/// <summary>A timing phrase that could not be read: nothing is guessed.</summary>
/// <param name="Text">The phrase as given.</param>
/// <param name="Error">Why it could not be read.</param>
/// <param name="Position">The zero-based position in <paramref name="Text"/> where reading stopped.</param>
/// <param name="Message">What went wrong, in Russian, for the person who wrote the phrase.</param>
public sealed record TimingParseFailure(string Text, TimingParseError Error, int Position, string Message)
{
    /// <summary>
    /// How a phrase of this kind can be written so that it is read, in Russian, fitting the phrase (a «в срок до …»
    /// phrase is shown a deadline, a phrase with «с» a range of days); null when there is nothing to suggest.
    /// </summary>
    public string? Hint { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        Hint is null ? $"{Error} at {Position}: {Message}" : $"{Error} at {Position}: {Message} {Hint}";
}
