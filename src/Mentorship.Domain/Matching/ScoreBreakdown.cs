using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>The parts of a pair's score: each covered request, the requests left uncovered, and the bonuses.</summary>
/// <param name="Covered">The mentee's requests the mentor has, in the mentee's order.</param>
/// <param name="Uncovered">The mentee's requests the mentor lacks, in the mentee's order.</param>
/// <param name="SubjectBonus">2 if they share a subject, else 0.</param>
/// <param name="OrganizationBonus">1 if they share an organisation, else 0.</param>
public sealed record ScoreBreakdown(
    IReadOnlyList<CoveredRequest> Covered,
    IReadOnlyList<TopicCode> Uncovered,
    int SubjectBonus,
    int OrganizationBonus)
{
    /// <summary>The points from the covered requests.</summary>
    public int RequestPoints => Covered.Sum(c => c.Points);

    /// <summary>The score: <see cref="RequestPoints"/> plus the bonuses.</summary>
    public int Total => RequestPoints + SubjectBonus + OrganizationBonus;

    /// <summary>The score explained in Russian: each covered topic by its title in the standard catalogue (its code if
    /// it is not there) with weight × level, then the bonuses, then the total:
    /// «адаптация в коллективе и организации» 3×3 + предмет 2 + организация 1 = 12.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() =>
        string.Join(" + ", Covered.Select(c => $"«{(RequestTopicCatalog.Standard.TryGet(c.Topic, out var topic) ? topic.Title : c.Topic.Value)}» {c.Weight}×{c.Level}"))
        + (SubjectBonus > 0 ? $" + предмет {SubjectBonus}" : string.Empty)
        + (OrganizationBonus > 0 ? $" + организация {OrganizationBonus}" : string.Empty)
        + $" = {Total}";
}
