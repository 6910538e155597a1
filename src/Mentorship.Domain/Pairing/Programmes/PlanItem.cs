using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>
/// One row of a programme's plan: direction, activity, form, date, who is responsible, the expected product, and the
/// done mark. Immutable: <see cref="MarkedDone"/> returns a changed copy.
/// </summary>
public sealed class PlanItem
{
    /// <summary>Creates a plan item.</summary>
    /// <param name="direction">The direction of work, e.g. «Методическое».</param>
    /// <param name="activity">The activity.</param>
    /// <param name="form">The form of work, e.g. «консультация», «посещение занятия».</param>
    /// <param name="date">The date.</param>
    /// <param name="responsible">Who is responsible.</param>
    /// <param name="expectedProduct">The expected product, e.g. «технологическая карта занятия».</param>
    /// <param name="stage">The stage of the standard meeting sequence, if the item is one of its meetings.</param>
    /// <param name="doneOn">The date it was done, if it was.</param>
    /// <param name="doneNote">A note on how it was done, if any.</param>
    /// <exception cref="System.ArgumentException">A text is blank or an enumeration value is undefined.</exception>
    public PlanItem(
        string direction,
        string activity,
        string form,
        LocalDate date,
        PlanResponsible responsible,
        string expectedProduct,
        MeetingStage? stage = null,
        LocalDate? doneOn = null,
        string? doneNote = null)
    {
        Direction = Guard.Against.NullOrWhiteSpace(direction).Trim();
        Activity = Guard.Against.NullOrWhiteSpace(activity).Trim();
        Form = Guard.Against.NullOrWhiteSpace(form).Trim();
        Date = date;
        Responsible = Guard.Against.EnumOutOfRange(responsible);
        ExpectedProduct = Guard.Against.NullOrWhiteSpace(expectedProduct).Trim();
        Stage = stage is { } s ? Guard.Against.EnumOutOfRange(s, nameof(stage)) : null;
        DoneOn = doneOn;
        DoneNote = string.IsNullOrWhiteSpace(doneNote) ? null : doneNote!.Trim();
    }

    /// <summary>The direction of work.</summary>
    public string Direction { get; }

    /// <summary>The activity.</summary>
    public string Activity { get; }

    /// <summary>The form of work.</summary>
    public string Form { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>Who is responsible.</summary>
    public PlanResponsible Responsible { get; }

    /// <summary>The expected product.</summary>
    public string ExpectedProduct { get; }

    /// <summary>The stage of the standard meeting sequence, if any.</summary>
    public MeetingStage? Stage { get; }

    /// <summary>The date it was done, if it was (the done mark).</summary>
    public LocalDate? DoneOn { get; }

    /// <summary>A note on how it was done, if any.</summary>
    public string? DoneNote { get; }

    /// <summary>Whether the item is done.</summary>
    public bool IsDone => DoneOn is not null;

    /// <summary>A copy marked done.</summary>
    /// <param name="on">The date it was done.</param>
    /// <param name="note">A note, if any.</param>
    /// <returns>The changed copy.</returns>
    public PlanItem MarkedDone(LocalDate on, string? note = null) => new(Direction, Activity, Form, Date, Responsible, ExpectedProduct, Stage, on, note);

    /// <summary>A copy without the done mark and its note.</summary>
    /// <returns>The changed copy.</returns>
    public PlanItem WithoutDoneMark() => new(Direction, Activity, Form, Date, Responsible, ExpectedProduct, Stage);

    /// <inheritdoc />
    public override string ToString() => $"PlanItem {Date:uuuu-MM-dd} {Stage?.ToString() ?? "item"}{(IsDone ? " (done)" : string.Empty)}";
}
