using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>The number and date of an administrative order (приказ), as the organisation registers it.</summary>
public sealed record OrderReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="number">The order's number, e.g. «45-од»; trimmed, not blank.</param>
    /// <param name="date">The order's date.</param>
    /// <exception cref="System.ArgumentException">The number is blank.</exception>
    public OrderReference(string number, LocalDate date)
    {
        Number = Guard.Against.NullOrWhiteSpace(number).Trim();
        Date = date;
    }

    /// <summary>The number.</summary>
    public string Number { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <inheritdoc />
    public override string ToString() => $"№ {Number} of {Date:uuuu-MM-dd}";
}
