using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Pairing.Support;

/// <summary>
/// One measure of psychological and pedagogical support for a mentee without a pair: activity, form, date, who
/// carries it out, and the done mark. Immutable: <see cref="MarkedDone"/> returns a changed copy.
/// </summary>
public sealed class SupportMeasure
{
    /// <summary>Creates a measure.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="form">The form, e.g. «индивидуальная консультация».</param>
    /// <param name="date">The date.</param>
    /// <param name="role">Who carries it out.</param>
    /// <param name="isSearch">Whether this is a review of the continued search for a mentor.</param>
    /// <param name="doneOn">The date it was done, if it was.</param>
    /// <exception cref="System.ArgumentException">A text is blank or the role is undefined.</exception>
    public SupportMeasure(string activity, string form, LocalDate date, SupportRole role, bool isSearch = false, LocalDate? doneOn = null)
    {
        Activity = Guard.Against.NullOrWhiteSpace(activity).Trim();
        Form = Guard.Against.NullOrWhiteSpace(form).Trim();
        Date = date;
        Role = Guard.Against.EnumOutOfRange(role);
        IsSearch = isSearch;
        DoneOn = doneOn;
    }

    /// <summary>The activity.</summary>
    public string Activity { get; }

    /// <summary>The form.</summary>
    public string Form { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>Who carries it out.</summary>
    public SupportRole Role { get; }

    /// <summary>Whether this is a review of the continued search for a mentor.</summary>
    public bool IsSearch { get; }

    /// <summary>The date it was done, if it was.</summary>
    public LocalDate? DoneOn { get; }

    /// <summary>A copy marked done.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The changed copy.</returns>
    public SupportMeasure MarkedDone(LocalDate on) => new(Activity, Form, Date, Role, IsSearch, on);

    /// <inheritdoc />
    public override string ToString() => $"SupportMeasure {Date:uuuu-MM-dd} {Role}{(DoneOn is null ? string.Empty : " (done)")}";
}
