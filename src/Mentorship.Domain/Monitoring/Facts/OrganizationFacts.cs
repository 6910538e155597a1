using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.Domain.Monitoring.Facts;

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

    public List<FixedUnitFact> FixedUnits { get; } = [];

    public List<MentorTrainingFact> Trainings { get; } = [];

    /// <summary>The distinct people of <see cref="Educators"/>, in order of first appearance, with their references resolved.</summary>
    public List<StaffMember> Staff { get; } = [];

    /// <summary>The distinct people of <see cref="MenteeBank"/>, in order of first appearance, with their references resolved.</summary>
    public List<BankMember> BankMembers { get; } = [];

    /// <summary>Sorts what the indicators search by date and resolves people once.</summary>
    public void Seal(MonitoringFacts facts)
    {
        Responses = Responses.OrderBy(r => r.AnsweredOn).ToList();
        var staff = new Dictionary<People.EducatorId, List<EducatorFact>>();
        foreach (var e in Educators)
        {
            if (!staff.TryGetValue(e.Id, out var jobs))
            {
                jobs = [];
                staff.Add(e.Id, jobs);
                Staff.Add(new StaffMember(e.Id, jobs, Find(facts.ProgrammesByMentee, e.Id), Find(facts.ProgrammesByMentor, e.Id)));
            }

            jobs.Add(e);
        }

        var bank = new Dictionary<People.EducatorId, List<MenteeBankFact>>();
        foreach (var b in MenteeBank)
        {
            if (!bank.TryGetValue(b.Mentee, out var spans))
            {
                spans = [];
                bank.Add(b.Mentee, spans);
                BankMembers.Add(new BankMember(b.Mentee, spans, Find(facts.ProgrammesByMentee, b.Mentee)));
            }

            spans.Add(b);
        }
    }

    private static List<T>? Find<T>(Dictionary<People.EducatorId, List<T>> index, People.EducatorId id) =>
        index.TryGetValue(id, out var list) ? list : null;

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
