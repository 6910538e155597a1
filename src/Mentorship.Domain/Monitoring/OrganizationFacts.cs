using System.Collections.Generic;
using System.Linq;

namespace Mentorship.Domain.Monitoring;

/// <summary>The facts that belong to one organisation, grouped once so that indicators read a slice, not everything.</summary>
internal sealed class OrganizationFacts
{
    public List<EducatorFact> Educators { get; } = [];

    public List<MenteeBankFact> MenteeBank { get; } = [];

    public List<MentorBankFact> MentorBank { get; } = [];

    public List<ProgrammeFact> Programmes { get; } = [];

    /// <summary>The responses, by date of answering (stably, so equal dates keep the order given) once sealed.</summary>
    public List<QuestionnaireResponse> Responses { get; private set; } = [];

    public List<RoadmapItemFact> RoadmapItems { get; } = [];

    /// <summary>Sorts what the indicators search by date.</summary>
    public void Seal() => Responses = Responses.OrderBy(r => r.AnsweredOn).ToList();

    /// <summary>The index of the first response answered on or after a date.</summary>
    public int FirstResponseOnOrAfter(NodaTime.LocalDate date)
    {
        int lo = 0, hi = Responses.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Responses[mid].AnsweredOn < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
