using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Banks;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// Collects the facts monitoring reads, either directly or from the aggregates of the lower rooms (the adapters are
/// the <c>Add…</c> overloads taking banks and educators), and builds the indexed <see cref="MonitoringFacts"/>.
/// Reads the aggregates and changes nothing in them. Not thread-safe; one builder per build.
/// </summary>
public sealed class MonitoringFactsBuilder
{
    private readonly List<EducatorFact> _educators = [];
    private readonly List<MenteeBankFact> _menteeBank = [];
    private readonly List<MentorBankFact> _mentorBank = [];
    private readonly List<ProgrammeFact> _programmes = [];
    private readonly List<QuestionnaireResponse> _responses = [];
    private readonly List<RoadmapItemFact> _roadmap = [];
    private readonly List<AchievementFact> _achievements = [];
    private readonly List<FixedUnitFact> _fixedUnits = [];
    private readonly List<MentorTrainingFact> _trainings = [];

    /// <summary>
    /// The last day a bank entry of an intake year stays in force when it does not leave earlier: 31 August of the
    /// next year, the end of the school year the bank was formed for.
    /// </summary>
    /// <param name="year">The bank's intake year.</param>
    /// <returns>The day.</returns>
    public static LocalDate BankInForceThrough(int year) => new(year + 1, 8, 31);

    /// <summary>Adds an employment.</summary>
    /// <param name="fact">The employment.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(EducatorFact fact)
    {
        _educators.Add(Guard.Against.Null(fact));
        return this;
    }

    /// <summary>Adds an educator of the People room with the span of their employment.</summary>
    /// <param name="educator">The educator; the organisation is the employer.</param>
    /// <param name="employedFrom">The first day of employment.</param>
    /// <param name="employedThrough">The last day, or <see langword="null"/> while employed.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder AddStaff(Educator educator, LocalDate employedFrom, LocalDate? employedThrough = null) =>
        Add(EducatorFact.From(educator, employedFrom, employedThrough));

    /// <summary>Adds a mentee bank membership.</summary>
    /// <param name="fact">The membership.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(MenteeBankFact fact)
    {
        _menteeBank.Add(Guard.Against.Null(fact));
        return this;
    }

    /// <summary>
    /// Adds every entry of a mentee bank, in force from its admission through <see cref="BankInForceThrough"/>.
    /// People who left the bank are anonymous there and are not added.
    /// </summary>
    /// <param name="bank">The bank.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(MenteeBank bank)
    {
        Guard.Against.Null(bank);
        var through = BankInForceThrough(bank.Year);
        foreach (var entry in bank.Entries)
        {
            Add(new MenteeBankFact(entry.Id, bank.OrganizationId, bank.Year, entry.AdmittedOn, Later(entry.AdmittedOn, through)));
        }

        return this;
    }

    /// <summary>Adds a mentor bank membership.</summary>
    /// <param name="fact">The membership.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(MentorBankFact fact)
    {
        _mentorBank.Add(Guard.Against.Null(fact));
        return this;
    }

    /// <summary>
    /// Adds every entry of a mentor bank with its capacity, in force as for <see cref="Add(MenteeBank)"/>, and each
    /// entry's training sessions (<see cref="MentorTrainingFact"/>).
    /// </summary>
    /// <param name="bank">The bank.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(MentorBank bank)
    {
        Guard.Against.Null(bank);
        var through = BankInForceThrough(bank.Year);
        foreach (var entry in bank.Entries)
        {
            Add(new MentorBankFact(entry.Id, bank.OrganizationId, bank.Year, entry.AdmittedOn, Later(entry.AdmittedOn, through), entry.Capacity));
            foreach (var session in entry.Training.Sessions)
            {
                Add(new MentorTrainingFact(entry.Id, bank.OrganizationId, session.Date, session.Title, session.Hours));
            }
        }

        return this;
    }

    /// <summary>Adds a programme (a pair or group).</summary>
    /// <param name="fact">The programme.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(ProgrammeFact fact)
    {
        _programmes.Add(Guard.Against.Null(fact));
        return this;
    }

    /// <summary>
    /// Adds the pairs and groups of a pairing register that have started, as <see cref="ProgrammeFact.From"/> reads them
    /// (those that never ran are left out), and every pair and group a fixing order names, as
    /// <see cref="FixedUnitFact.From"/> reads them.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="plans">The plan items of each pair's or group's personalized programme; optional.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(PairingRegister register, Func<MentoringUnitId, IEnumerable<PlanItemFact>>? plans = null)
    {
        Guard.Against.Null(register);
        foreach (var unit in register.Units)
        {
            if (ProgrammeFact.From(register.OrganizationId, unit, plans?.Invoke(unit.Id)) is { } fact)
            {
                Add(fact);
            }

            if (FixedUnitFact.From(register.OrganizationId, unit) is { } fixedUnit)
            {
                Add(fixedUnit);
            }
        }

        return this;
    }

    /// <summary>
    /// Adds the pairs and groups of a pairing register that have started, with the plans of their personalized
    /// programmes (<see cref="PlanItemFact.From"/>); a unit without a programme has no plan items.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="programmes">The personalized programmes; at most one per unit.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Two programmes name the same unit.</exception>
    public MonitoringFactsBuilder Add(PairingRegister register, IEnumerable<PersonalizedProgram> programmes)
    {
        Guard.Against.Null(register);
        var byUnit = new Dictionary<MentoringUnitId, PersonalizedProgram>();
        foreach (var programme in Guard.Against.Null(programmes))
        {
            Guard.Against.Null(programme, nameof(programmes));
            if (byUnit.ContainsKey(programme.UnitId))
            {
                throw new ArgumentException($"Two programmes name the unit {programme.UnitId}.", nameof(programmes));
            }

            byUnit.Add(programme.UnitId, programme);
        }

        return Add(register, id => byUnit.TryGetValue(id, out var p) ? PlanItemFact.From(p) : []);
    }

    /// <summary>
    /// Adds the work items of an organisation's roadmap schedule with their done dates: the item's identifier is
    /// prefixed with the schedule's year (<c>2026:3.1/1</c>) so that several years can be added; the activity is its
    /// number in the roadmap.
    /// </summary>
    /// <param name="organizationId">The organisation whose roadmap it is.</param>
    /// <param name="schedule">The schedule for a year.</param>
    /// <param name="progress">What has been done.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(OrganizationId organizationId, RoadmapSchedule schedule, RoadmapProgress progress)
    {
        Guard.Against.Null(schedule);
        Guard.Against.Null(progress);
        foreach (var item in schedule.Items)
        {
            Add(new RoadmapItemFact(
                organizationId,
                item.Activity.Number,
                $"{schedule.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{item.Id}",
                item.Title,
                item.Start,
                item.Due,
                progress.DoneOn(item.Id)));
        }

        return this;
    }

    /// <summary>
    /// Adds a questionnaire response. It names its programme by identifier: the programme must be added too, and the
    /// respondent must hold the form's role in it; both are checked when the facts are built (<see cref="RespondentRule"/>).
    /// </summary>
    /// <param name="response">The response.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(QuestionnaireResponse response)
    {
        _responses.Add(Guard.Against.Null(response));
        return this;
    }

    /// <summary>Adds a roadmap item.</summary>
    /// <param name="fact">The item.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(RoadmapItemFact fact)
    {
        _roadmap.Add(Guard.Against.Null(fact));
        return this;
    }

    /// <summary>Adds an achievement.</summary>
    /// <param name="fact">The achievement.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(AchievementFact fact)
    {
        _achievements.Add(Guard.Against.Null(fact));
        return this;
    }

    /// <summary>Adds a pair or group fixed by order.</summary>
    /// <param name="fact">The pair or group.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(FixedUnitFact fact)
    {
        _fixedUnits.Add(Guard.Against.Null(fact));
        return this;
    }

    /// <summary>Adds a mentor's training session.</summary>
    /// <param name="fact">The session.</param>
    /// <returns>This builder.</returns>
    public MonitoringFactsBuilder Add(MentorTrainingFact fact)
    {
        _trainings.Add(Guard.Against.Null(fact));
        return this;
    }

    /// <summary>
    /// Checks the responses against their programmes (<see cref="RespondentRule"/>) and indexes what was added. The
    /// builder can go on collecting afterwards; the facts built do not change.
    /// </summary>
    /// <returns>The facts, or a rejection listing every response that names a programme not added or a respondent not in the form's role.</returns>
    /// <exception cref="ArgumentException">A programme, fixed unit or response identifier is given twice, or a roadmap item twice for one organisation.</exception>
    public Outcome<MonitoringFacts> TryBuild()
    {
        var violations = CheckResponses(out _);
        return violations.Count > 0 ? new Rejection(violations) : Index(_responses.ToArray());
    }

    /// <summary>As <see cref="TryBuild"/>, for facts known to be sound (generated or already checked).</summary>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentException">
    /// A response breaks <see cref="RespondentRule"/> (the message names the codes and the responses' identifiers), a
    /// programme or response identifier is given twice, or a roadmap item twice for one organisation.
    /// </exception>
    public MonitoringFacts Build()
    {
        var violations = CheckResponses(out _);
        if (violations.Count > 0)
        {
            throw new ArgumentException(
                "Responses do not fit their programmes: " + string.Join(", ", violations.Select(v => $"{v.Subject} ({v.Code})")),
                "responses");
        }

        return Index(_responses.ToArray());
    }

    /// <summary>
    /// As <see cref="TryBuild"/>, leaving out the responses that break <see cref="RespondentRule"/> (a host whose stored
    /// responses may outlive their programme, or whose respondent was anonymised out of it) and saying which and why.
    /// </summary>
    /// <param name="leftOut">One violation per response left out (subject: its identifier); empty when none.</param>
    /// <returns>The facts with the other responses.</returns>
    /// <exception cref="ArgumentException">A programme or response identifier is given twice, or a roadmap item twice for one organisation.</exception>
    public MonitoringFacts Build(out IReadOnlyList<RuleViolation> leftOut)
    {
        var violations = CheckResponses(out var kept);
        leftOut = violations;
        return Index(kept);
    }

    private List<RuleViolation> CheckResponses(out QuestionnaireResponse[] kept)
    {
        var programmes = new Dictionary<string, ProgrammeFact>(_programmes.Count, StringComparer.Ordinal);
        foreach (var p in _programmes)
        {
            // A repeated identifier is refused when the facts are indexed.
            programmes[p.Id] = p;
        }

        var violations = new List<RuleViolation>();
        var fit = new List<QuestionnaireResponse>(_responses.Count);
        foreach (var r in _responses)
        {
            if (RespondentRule.Check(r, programmes.TryGetValue(r.ProgrammeId, out var p) ? p : null) is { } violation)
            {
                violations.Add(violation);
            }
            else
            {
                fit.Add(r);
            }
        }

        kept = fit.ToArray();
        return violations;
    }

    private MonitoringFacts Index(QuestionnaireResponse[] responses) => new(
        _educators.ToArray(),
        _menteeBank.ToArray(),
        _mentorBank.ToArray(),
        _programmes.ToArray(),
        responses,
        _roadmap.ToArray(),
        _achievements.ToArray(),
        _fixedUnits.ToArray(),
        _trainings.ToArray());

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;
}
