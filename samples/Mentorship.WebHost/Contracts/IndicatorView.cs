
using Mentorship.Domain.Monitoring.Indicators;

namespace Mentorship.WebHost.Contracts;

/// <summary>One indicator: its Russian title and formula, numerator / denominator, the value (null: no data), the target's verdict.</summary>
public sealed record IndicatorView(string Id, string Title, string Formula, long Numerator, long Denominator, decimal? Value, TargetStatus TargetStatus)
{
    internal static IndicatorView Of(IndicatorResult r)
    {
        var definition = IndicatorCatalog.All.First(d => d.Code == r.Code);
        return new(r.Id, definition.Title, definition.Formula, r.Numerator, r.Denominator, r.Value.HasData ? r.Value.Number : null, r.TargetStatus);
    }
}
