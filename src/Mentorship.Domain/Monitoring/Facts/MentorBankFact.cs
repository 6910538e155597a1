using Ardalis.GuardClauses;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>A person in an organisation's mentor bank over a span of days (both ends included), with the capacity. Immutable.</summary>
public sealed class MentorBankFact
{
    /// <summary>Creates a fact.</summary>
    /// <param name="mentor">The person.</param>
    /// <param name="organizationId">The bank's organisation.</param>
    /// <param name="year">The bank's intake year.</param>
    /// <param name="from">The day of entry.</param>
    /// <param name="through">The last day in the bank.</param>
    /// <param name="capacity">Mentees at once in individual forms, at least 1.</param>
    /// <exception cref="System.ArgumentException">An identifier is the default value or the span is reversed.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1.</exception>
    public MentorBankFact(EducatorId mentor, OrganizationId organizationId, int year, LocalDate from, LocalDate through, int capacity)
    {
        Guard.Against.Default(mentor);
        Guard.Against.Default(organizationId);
        if (through < from)
        {
            throw new System.ArgumentException("The span ends before it starts.", nameof(through));
        }

        Mentor = mentor;
        OrganizationId = organizationId;
        Year = year;
        From = from;
        Through = through;
        Capacity = Guard.Against.NegativeOrZero(capacity);
    }

    /// <summary>The person.</summary>
    public EducatorId Mentor { get; }

    /// <summary>The bank's organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The bank's intake year.</summary>
    public int Year { get; }

    /// <summary>The day of entry.</summary>
    public LocalDate From { get; }

    /// <summary>The last day in the bank.</summary>
    public LocalDate Through { get; }

    /// <summary>Mentees at once in individual forms.</summary>
    public int Capacity { get; }

    /// <summary>Whether in the bank on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> if <paramref name="on"/> is within the span.</returns>
    public bool IsInBankOn(LocalDate on) => From <= on && on <= Through;

    /// <inheritdoc />
    public override string ToString() => $"MentorBankFact {Mentor} at {OrganizationId} {Year}";
}
