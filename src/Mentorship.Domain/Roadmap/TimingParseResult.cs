using Ardalis.GuardClauses;
using OneOf;

namespace Mentorship.Domain.Roadmap;

/// <summary>The outcome of reading a timing phrase: a <see cref="Roadmap.Timing"/> or a <see cref="TimingParseFailure"/>.</summary>
public sealed class TimingParseResult : OneOfBase<Timing, TimingParseFailure>
{
    private TimingParseResult(OneOf<Timing, TimingParseFailure> value)
        : base(value)
    {
    }

    /// <summary>Whether the phrase was read.</summary>
    public bool IsSuccess => IsT0;

    /// <summary>The timing; throws <see cref="System.InvalidOperationException"/> on a failure.</summary>
    public Timing Timing => AsT0;

    /// <summary>The failure; throws <see cref="System.InvalidOperationException"/> on a success.</summary>
    public TimingParseFailure Failure => AsT1;

    /// <summary>The timing, or an <see cref="UnrecognisedTiming"/> keeping the text when the phrase was not read.</summary>
    /// <returns>The timing.</returns>
    public Timing OrUnrecognised() => IsT0 ? AsT0 : UnrecognisedTiming.Create(AsT1);

    /// <summary>A phrase read.</summary>
    /// <param name="timing">The timing.</param>
    /// <returns>The result.</returns>
    public static TimingParseResult Success(Timing timing) => new(Guard.Against.Null(timing));

    /// <summary>A phrase not read.</summary>
    /// <param name="failure">Why.</param>
    /// <returns>The result.</returns>
    public static TimingParseResult Failed(TimingParseFailure failure) => new(Guard.Against.Null(failure));
}
