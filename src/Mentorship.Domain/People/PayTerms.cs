using System;

namespace Mentorship.Domain.People;

/// <summary>The pay terms of mentoring duties (a supplement to salary, in roubles, or none).</summary>
public sealed record PayTerms
{
    /// <summary>Creates pay terms.</summary>
    /// <param name="monthlySupplementRoubles">The monthly supplement in roubles, zero or more.</param>
    /// <param name="description">How the pay is set, e.g. «доплата 10 % оклада по приказу».</param>
    /// <exception cref="ArgumentOutOfRangeException">The supplement is negative.</exception>
    public PayTerms(decimal monthlySupplementRoubles, string description)
    {
        if (monthlySupplementRoubles < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(monthlySupplementRoubles), "The supplement cannot be negative.");
        }

        MonthlySupplementRoubles = monthlySupplementRoubles;
        Description = description ?? string.Empty;
    }

    /// <summary>The monthly supplement in roubles.</summary>
    public decimal MonthlySupplementRoubles { get; }

    /// <summary>How the pay is set.</summary>
    public string Description { get; }
}
