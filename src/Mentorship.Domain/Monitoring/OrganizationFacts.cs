using System.Collections.Generic;

namespace Mentorship.Domain.Monitoring;

/// <summary>The facts that belong to one organisation, grouped once so that indicators read a slice, not everything.</summary>
internal sealed class OrganizationFacts
{
    public List<EducatorFact> Educators { get; } = [];

    public List<MenteeBankFact> MenteeBank { get; } = [];

    public List<MentorBankFact> MentorBank { get; } = [];

    public List<ProgrammeFact> Programmes { get; } = [];

    public List<QuestionnaireResponse> Responses { get; } = [];

    public List<RoadmapItemFact> RoadmapItems { get; } = [];
}
