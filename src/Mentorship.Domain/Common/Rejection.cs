using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Common;

/// <summary>
/// A command refused because one or more business rules were broken. Nothing was changed.
/// </summary>
public sealed class Rejection
{
    /// <summary>Creates a rejection from the broken rules.</summary>
    /// <param name="violations">At least one violation.</param>
    /// <exception cref="System.ArgumentException">No violation was given.</exception>
    public Rejection(IEnumerable<RuleViolation> violations)
    {
        Guard.Against.Null(violations);
        Violations = violations.ToArray();
        Guard.Against.Zero(Violations.Count, nameof(violations));
    }

    /// <summary>Creates a rejection from one broken rule.</summary>
    /// <param name="violation">The violation.</param>
    public Rejection(RuleViolation violation)
        : this([Guard.Against.Null(violation)])
    {
    }

    /// <summary>The broken rules, in the order they were checked. Never empty.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Whether a rule with the given code was broken.</summary>
    /// <param name="code">The rule code.</param>
    /// <returns><see langword="true"/> if one of <see cref="Violations"/> has that code.</returns>
    public bool Has(string code) => Violations.Any(v => v.Code == code);

    /// <inheritdoc />
    public override string ToString() => string.Join("; ", Violations);
}
