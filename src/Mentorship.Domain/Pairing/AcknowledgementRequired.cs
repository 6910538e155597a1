using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A command that breaks no rule but needs the caller to acknowledge warnings first: send it again with their codes
/// acknowledged. Nothing was changed.
/// </summary>
public sealed class AcknowledgementRequired
{
    internal AcknowledgementRequired(IEnumerable<PairingWarning> warnings)
    {
        Warnings = Guard.Against.Null(warnings).ToArray();
        Guard.Against.Zero(Warnings.Count, nameof(warnings));
    }

    /// <summary>The warnings, at least one.</summary>
    public IReadOnlyList<PairingWarning> Warnings { get; }

    /// <summary>The codes to acknowledge.</summary>
    public IReadOnlyList<string> Codes => Warnings.Select(w => w.Code).ToArray();

    /// <inheritdoc />
    public override string ToString() => "acknowledge: " + string.Join(", ", Codes);
}
