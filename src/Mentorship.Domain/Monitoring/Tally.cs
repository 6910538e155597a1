using System.Collections.Generic;

namespace Mentorship.Domain.Monitoring;

/// <summary>A numerator, a denominator and what they counted, filled while an indicator is computed.</summary>
internal sealed class Tally
{
    public long Numerator { get; set; }

    public long Denominator { get; set; }

    public List<string> Counted { get; } = [];

    public List<string> Flagged { get; } = [];

    /// <summary>Adds one to the numerator and records what was counted.</summary>
    public void Count(string id)
    {
        Numerator++;
        Counted.Add(id);
    }
}
