using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>The evaluation a programme is completed with: the date, the outcome, the conclusions and recommendations.</summary>
public sealed class ProgramEvaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="completedOn">The date of completion.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="conclusions">The conclusions.</param>
    /// <param name="recommendations">Recommendations for the mentee's further growth, if any.</param>
    /// <exception cref="System.ArgumentException">The conclusions are blank or the outcome is undefined.</exception>
    public ProgramEvaluation(LocalDate completedOn, MentoringOutcome outcome, string conclusions, string? recommendations = null)
    {
        CompletedOn = completedOn;
        Outcome = Guard.Against.EnumOutOfRange(outcome);
        Conclusions = Guard.Against.NullOrWhiteSpace(conclusions).Trim();
        Recommendations = string.IsNullOrWhiteSpace(recommendations) ? null : recommendations!.Trim();
    }

    /// <summary>The date of completion.</summary>
    public LocalDate CompletedOn { get; }

    /// <summary>The outcome.</summary>
    public MentoringOutcome Outcome { get; }

    /// <summary>The conclusions.</summary>
    public string Conclusions { get; }

    /// <summary>The recommendations, if any.</summary>
    public string? Recommendations { get; }

    /// <inheritdoc />
    public override string ToString() => $"ProgramEvaluation {CompletedOn:uuuu-MM-dd} {Outcome}";
}
