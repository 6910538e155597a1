using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Monitoring;

/// <summary>One dated line of a personalized programme's plan, with its done mark. Immutable.</summary>
public sealed class PlanItemFact
{
    /// <summary>Creates a plan item.</summary>
    /// <param name="id">The item's identifier, unique within its programme.</param>
    /// <param name="due">The date it is planned for.</param>
    /// <param name="doneOn">The date it was marked done, or <see langword="null"/> while not done.</param>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> is blank.</exception>
    public PlanItemFact(string id, LocalDate due, LocalDate? doneOn = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id).Trim();
        Due = due;
        DoneOn = doneOn;
    }

    /// <summary>The identifier, unique within its programme.</summary>
    public string Id { get; }

    /// <summary>The date it is planned for.</summary>
    public LocalDate Due { get; }

    /// <summary>The date it was marked done, or <see langword="null"/>.</summary>
    public LocalDate? DoneOn { get; }

    /// <inheritdoc />
    public override string ToString() => $"PlanItem {Id} due {Due:uuuu-MM-dd}";
}
