using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// Everything monitoring reads, flat and indexed: employments, bank memberships, programmes with their plans,
/// questionnaire responses, roadmap items and achievements. Built by <see cref="MonitoringFactsBuilder"/> from the
/// host's data or from the aggregates of the lower rooms; read-only and thread-safe once built.
/// </summary>
public sealed class MonitoringFacts
{
    private static readonly OrganizationFacts NoFacts = new();

    private readonly Dictionary<OrganizationId, OrganizationFacts> _byOrganization;
    private readonly Dictionary<string, ProgrammeFact> _programmes;

    internal MonitoringFacts(
        IReadOnlyList<EducatorFact> educators,
        IReadOnlyList<MenteeBankFact> menteeBank,
        IReadOnlyList<MentorBankFact> mentorBank,
        IReadOnlyList<ProgrammeFact> programmes,
        IReadOnlyList<QuestionnaireResponse> responses,
        IReadOnlyList<RoadmapItemFact> roadmapItems,
        IReadOnlyList<AchievementFact> achievements,
        IReadOnlyList<FixedUnitFact>? fixedUnits = null,
        IReadOnlyList<MentorTrainingFact>? trainings = null)
    {
        Educators = educators;
        MenteeBank = menteeBank;
        MentorBank = mentorBank;
        Programmes = programmes;
        Responses = responses;
        RoadmapItems = roadmapItems;
        Achievements = achievements;
        FixedUnits = fixedUnits ?? [];
        Trainings = trainings ?? [];

        _programmes = new Dictionary<string, ProgrammeFact>(programmes.Count, StringComparer.Ordinal);
        foreach (var p in programmes)
        {
            if (_programmes.ContainsKey(p.Id))
            {
                throw new ArgumentException($"The programme {p.Id} is given twice.", nameof(programmes));
            }

            _programmes.Add(p.Id, p);
        }

        _byOrganization = [];
        OrganizationFacts Slice(OrganizationId id)
        {
            if (!_byOrganization.TryGetValue(id, out var slice))
            {
                slice = new OrganizationFacts();
                _byOrganization.Add(id, slice);
            }

            return slice;
        }

        foreach (var e in educators)
        {
            Slice(e.OrganizationId).Educators.Add(e);
            Add(EmploymentsByEducator, e.Id, e);
        }

        foreach (var b in menteeBank)
        {
            Slice(b.OrganizationId).MenteeBank.Add(b);
        }

        foreach (var b in mentorBank)
        {
            Slice(b.OrganizationId).MentorBank.Add(b);
            Add(MentorBankByMentor, b.Mentor, b);
        }

        foreach (var p in programmes)
        {
            Slice(p.OrganizationId).Programmes.Add(p);
            foreach (var e in p.EnrolmentArray)
            {
                Add(ProgrammesByMentee, e.Mentee, e);
            }

            Add(ProgrammesByMentor, p.Mentor, p);
            foreach (var r in p.Replacements)
            {
                // The lists of one programme are filled together, so a mentor who returns finds it last in the list.
                if (!ProgrammesByMentor.TryGetValue(r.NewMentor, out var led) || led[led.Count - 1] != p)
                {
                    Add(ProgrammesByMentor, r.NewMentor, p);
                }
            }
        }

        var responseIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in responses)
        {
            if (!responseIds.Add(r.Id))
            {
                throw new ArgumentException($"The response {r.Id} is given twice.", nameof(responses));
            }

            // The builder has checked each response against its programme (RespondentRule).
            Slice(_programmes[r.ProgrammeId].OrganizationId).Responses.Add(r);
            if (r.Wave == SurveyWave.Entry)
            {
                var key = new ResponseKey(r.ProgrammeId, r.Respondent, r.Role);
                if (!EntryResponses.TryGetValue(key, out var earlier) || earlier.AnsweredOn < r.AnsweredOn)
                {
                    EntryResponses[key] = r;
                }
            }
        }

        var roadmapIds = new HashSet<(OrganizationId, string)>();
        foreach (var item in roadmapItems)
        {
            if (!roadmapIds.Add((item.OrganizationId, item.Id)))
            {
                throw new ArgumentException($"The roadmap item {item.Id} of {item.OrganizationId} is given twice.", nameof(roadmapItems));
            }

            Slice(item.OrganizationId).RoadmapItems.Add(item);
        }

        foreach (var a in achievements)
        {
            Add(AchievementsByEducator, a.Educator, a);
        }

        var fixedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in FixedUnits)
        {
            if (!fixedIds.Add(u.Id))
            {
                throw new ArgumentException($"The fixed unit {u.Id} is given twice.", nameof(fixedUnits));
            }

            Slice(u.OrganizationId).FixedUnits.Add(u);
            FixedUnitsById.Add(u.Id, u);
        }

        foreach (var t in Trainings)
        {
            Slice(t.OrganizationId).Trainings.Add(t);
            Add(TrainingsByMentor, t.Mentor, t);
        }

        foreach (var slice in _byOrganization.Values)
        {
            slice.Seal(this);
        }

        Organizations = _byOrganization.Keys.OrderBy(o => o).ToArray();
    }

    /// <summary>Facts that hold nothing.</summary>
    public static MonitoringFacts Empty { get; } = new MonitoringFactsBuilder().Build();

    /// <summary>Every organisation some fact names, sorted by identifier.</summary>
    public IReadOnlyList<OrganizationId> Organizations { get; }

    /// <summary>The employments.</summary>
    public IReadOnlyList<EducatorFact> Educators { get; }

    /// <summary>The mentee bank memberships.</summary>
    public IReadOnlyList<MenteeBankFact> MenteeBank { get; }

    /// <summary>The mentor bank memberships.</summary>
    public IReadOnlyList<MentorBankFact> MentorBank { get; }

    /// <summary>The programmes (pairs and groups).</summary>
    public IReadOnlyList<ProgrammeFact> Programmes { get; }

    /// <summary>The questionnaire responses.</summary>
    public IReadOnlyList<QuestionnaireResponse> Responses { get; }

    /// <summary>The roadmap items.</summary>
    public IReadOnlyList<RoadmapItemFact> RoadmapItems { get; }

    /// <summary>The achievements.</summary>
    public IReadOnlyList<AchievementFact> Achievements { get; }

    /// <summary>The pairs and groups fixed by order (with their form by participants and the mentor's pay).</summary>
    public IReadOnlyList<FixedUnitFact> FixedUnits { get; }

    /// <summary>The mentors' training sessions.</summary>
    public IReadOnlyList<MentorTrainingFact> Trainings { get; }

    /// <summary>The fixed units by identifier (the same as their programmes').</summary>
    internal Dictionary<string, FixedUnitFact> FixedUnitsById { get; } = new(StringComparer.Ordinal);

    internal Dictionary<EducatorId, List<MentorTrainingFact>> TrainingsByMentor { get; } = [];

    internal Dictionary<EducatorId, List<EducatorFact>> EmploymentsByEducator { get; } = [];

    internal Dictionary<EducatorId, List<MentorBankFact>> MentorBankByMentor { get; } = [];

    /// <summary>Each mentee's places in programmes, with their own days there.</summary>
    internal Dictionary<EducatorId, List<MenteeSpanFact>> ProgrammesByMentee { get; } = [];

    internal Dictionary<EducatorId, List<ProgrammeFact>> ProgrammesByMentor { get; } = [];

    internal Dictionary<EducatorId, List<AchievementFact>> AchievementsByEducator { get; } = [];

    internal Dictionary<ResponseKey, QuestionnaireResponse> EntryResponses { get; } = [];

    /// <summary>The programme with an identifier.</summary>
    /// <param name="id">The identifier (ordinal).</param>
    /// <returns>The programme, or <see langword="null"/>.</returns>
    public ProgrammeFact? FindProgramme(string id)
    {
        Guard.Against.Null(id);
        return _programmes.TryGetValue(id, out var p) ? p : null;
    }

    /// <summary>The facts of one organisation (empty when none name it).</summary>
    internal OrganizationFacts Of(OrganizationId id) => _byOrganization.TryGetValue(id, out var slice) ? slice : NoFacts;

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = new List<TValue>(2);
            index.Add(key, list);
        }

        list.Add(value);
    }
}
