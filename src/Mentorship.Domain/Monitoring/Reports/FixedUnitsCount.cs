using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.Monitoring.Facts;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Reports;

/// <summary>
/// The pairs and groups fixed by order and in force on a day (the report's last day), as regional monitoring forms
/// count them, by form by participants and by organisational form (<see cref="FixedUnitFact"/>): a fixed unit waiting
/// for its first day counts, one ended or completed before the day does not.
/// </summary>
/// <param name="Pairs">Pairs fixed and in force.</param>
/// <param name="Groups">Groups fixed and in force.</param>
/// <param name="ByParticipants">Per form by participants, in enum order, only forms that occur.</param>
/// <param name="ByForm">Per organisational form, in enum order, only forms that occur.</param>
public sealed record FixedUnitsCount(int Pairs, int Groups, IReadOnlyList<ParticipantsFormCount> ByParticipants, IReadOnlyList<FormCount> ByForm)
{
    /// <summary>Nothing fixed.</summary>
    public static FixedUnitsCount None { get; } = new(0, 0, [], []);

    internal static FixedUnitsCount Of(IEnumerable<FixedUnitFact> units, LocalDate on)
    {
        var inForce = units.Where(u => u.IsInForceOn(on)).ToArray();
        return new FixedUnitsCount(
            inForce.Count(u => !u.IsGroup),
            inForce.Count(u => u.IsGroup),
            inForce.GroupBy(u => u.Participants).OrderBy(g => g.Key)
                .Select(g => new ParticipantsFormCount(g.Key, g.Count(u => !u.IsGroup), g.Count(u => u.IsGroup))).ToArray(),
            inForce.GroupBy(u => u.Form).OrderBy(g => g.Key)
                .Select(g => new FormCount(g.Key, g.Count(u => !u.IsGroup), g.Count(u => u.IsGroup))).ToArray());
    }

    internal static FixedUnitsCount Sum(IEnumerable<FixedUnitsCount> parts)
    {
        var all = parts.ToArray();
        return new FixedUnitsCount(
            all.Sum(c => c.Pairs),
            all.Sum(c => c.Groups),
            all.SelectMany(c => c.ByParticipants).GroupBy(f => f.Form).OrderBy(g => g.Key)
                .Select(g => new ParticipantsFormCount(g.Key, g.Sum(f => f.Pairs), g.Sum(f => f.Groups))).ToArray(),
            all.SelectMany(c => c.ByForm).GroupBy(f => f.Form).OrderBy(g => g.Key)
                .Select(g => new FormCount(g.Key, g.Sum(f => f.Pairs), g.Sum(f => f.Groups))).ToArray());
    }
}
