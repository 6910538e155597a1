using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Mentorship.Domain.Pairing.Programmes;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

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

    /// <summary>
    /// The plan of a personalized programme of the Pairing room: each line's number (from 1, as
    /// <see cref="PersonalizedProgram.MarkDone"/> counts) as identifier, its date as due date, its done mark.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The plan items, in plan order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static IReadOnlyList<PlanItemFact> From(PersonalizedProgram programme)
    {
        Guard.Against.Null(programme);
        var items = new PlanItemFact[programme.Plan.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var line = programme.Plan[i];
            items[i] = new PlanItemFact((i + 1).ToString(CultureInfo.InvariantCulture), line.Date, line.DoneOn);
        }

        return items;
    }

    /// <inheritdoc />
    public override string ToString() => $"PlanItem {Id} due {Due:uuuu-MM-dd}";
}
