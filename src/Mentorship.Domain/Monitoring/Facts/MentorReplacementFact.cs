using Ardalis.GuardClauses;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// A mentor replaced inside a running programme: from <see cref="On"/> the new mentor leads it; the programme keeps
/// its period. Immutable.
/// </summary>
public sealed class MentorReplacementFact
{
    /// <summary>Creates a replacement.</summary>
    /// <param name="on">The first day the new mentor leads the programme.</param>
    /// <param name="newMentor">The new mentor.</param>
    /// <exception cref="System.ArgumentException"><paramref name="newMentor"/> is the default value.</exception>
    public MentorReplacementFact(LocalDate on, EducatorId newMentor)
    {
        Guard.Against.Default(newMentor);
        On = on;
        NewMentor = newMentor;
    }

    /// <summary>The first day the new mentor leads the programme.</summary>
    public LocalDate On { get; }

    /// <summary>The new mentor.</summary>
    public EducatorId NewMentor { get; }

    /// <inheritdoc />
    public override string ToString() => $"Replacement on {On:uuuu-MM-dd} by {NewMentor}";
}
