namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>A numerator, a denominator and what they counted, filled while an indicator is computed.</summary>
internal sealed class Tally
{
    public long Numerator { get; set; }

    public long Denominator { get; set; }

    public DrillDownList Counted { get; private set; } = new();

    public DrillDownList Flagged { get; private set; } = new();

    /// <summary>The sum of several tallies: numerators and denominators added, lists viewed one after another.</summary>
    public static Tally Sum(Tally[] parts)
    {
        var sum = new Tally
        {
            Counted = DrillDownList.Concat(System.Array.ConvertAll(parts, p => p.Counted)),
            Flagged = DrillDownList.Concat(System.Array.ConvertAll(parts, p => p.Flagged)),
        };
        foreach (var p in parts)
        {
            sum.Numerator += p.Numerator;
            sum.Denominator += p.Denominator;
        }

        return sum;
    }

    /// <summary>Adds one to the numerator and records what was counted.</summary>
    public void Count(string id)
    {
        Numerator++;
        Counted.Add(id);
    }

    /// <summary>Adds one to the numerator and records a two-part identifier (<c>head/tail</c>).</summary>
    public void Count(string head, string tail)
    {
        Numerator++;
        Counted.Add(head, tail);
    }
}
