using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Banks.Events;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>
/// The yearly bank of mentors chosen according to the mentees' request list, from a questionnaire
/// (roadmap item 2.2), for one organisation, under a <see cref="MentorPolicy"/>.
/// </summary>
/// <remarks>Not thread-safe: a host serialises the commands sent to one bank.</remarks>
public sealed class MentorBank : Bank<MentorEntry>
{
    private MentorBank(OrganizationId organizationId, int year, IntakeWindow window, RequestTopicCatalog catalog, MentorPolicy policy)
        : base(organizationId, year, window, catalog) => Policy = policy;

    /// <inheritdoc />
    public override BankKind Kind => BankKind.Mentor;

    /// <summary>The mentor policy admissions are checked against.</summary>
    public MentorPolicy Policy { get; }

    /// <summary>Opens an empty bank for an organisation and an intake year.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="year">The intake year.</param>
    /// <param name="policy">The mentor policy; default no minimum experience, capacity 2.</param>
    /// <param name="window">The intake window; default 1 April – 30 September.</param>
    /// <param name="catalog">The topic catalog; default the standard one.</param>
    /// <returns>The bank.</returns>
    public static MentorBank Open(
        OrganizationId organizationId,
        int year,
        MentorPolicy? policy = null,
        IntakeWindow? window = null,
        RequestTopicCatalog? catalog = null) =>
        new(organizationId, year, window ?? IntakeWindow.Default, catalog ?? RequestTopicCatalog.Standard, policy ?? MentorPolicy.Default);

    /// <summary>
    /// Enters a mentor: checks membership, consent, intake window, experience, capacity and competencies,
    /// and reports every broken rule at once. Nothing changes on a rejection.
    /// </summary>
    /// <param name="application">The application.</param>
    /// <param name="on">The date of entry.</param>
    /// <param name="intakeOverride">The coordinator's override when entering outside the window.</param>
    /// <returns>The new entry, or a rejection.</returns>
    public Outcome<MentorEntry> Admit(MentorApplication application, LocalDate on, IntakeOverride? intakeOverride = null)
    {
        Guard.Against.Null(application);
        Guard.Against.Null(application.Educator, nameof(application));
        Guard.Against.Null(application.Competencies, nameof(application));
        var subject = application.Educator.Id.Value;
        var violations = CheckAdmission(application.Educator, application.Consent, on, intakeOverride);
        violations.AddIfPresent(MentorExperienceRule.Check(application.Educator, Policy, on));
        var capacity = application.Capacity ?? Policy.DefaultCapacity;
        violations.AddIfPresent(MentorCapacityRule.Check(capacity, subject));
        var competencies = CompetencyProfile.Create(application.Competencies, Catalog, subject);
        if (!competencies.IsAccepted)
        {
            violations.AddRange(competencies.Rejection.Violations);
        }

        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        var entry = new MentorEntry(
            application.Educator,
            application.Consent!,
            competencies.Value,
            capacity,
            application.Questionnaire,
            MentorTrainingRecord.Empty,
            application.MentoringConsent,
            on,
            intakeOverride);
        Add(entry);
        return entry;
    }

    /// <summary>Replaces a mentor's competencies.</summary>
    /// <param name="id">The mentor.</param>
    /// <param name="claims">The competencies as claimed.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection naming every broken rule.</returns>
    public CommandResult ChangeCompetencies(EducatorId id, IEnumerable<CompetencyClaim> claims, LocalDate on)
    {
        if (CheckPresent(id) is { } absent)
        {
            return CommandResult.Refused(absent);
        }

        var profile = CompetencyProfile.Create(Guard.Against.Null(claims), Catalog, id.Value);
        if (!profile.IsAccepted)
        {
            return profile.Rejection;
        }

        Replace(this[id].With(competencies: profile.Value));
        Raise(new MentorCompetenciesChanged(on, OrganizationId, Year, Kind, id));
        return CommandResult.Ok;
    }

    /// <summary>Changes a mentor's capacity (mentees at once).</summary>
    /// <param name="id">The mentor.</param>
    /// <param name="capacity">The new capacity, at least 1.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult ChangeCapacity(EducatorId id, int capacity, LocalDate on)
    {
        if ((CheckPresent(id) ?? MentorCapacityRule.Check(capacity, id.Value)) is { } violation)
        {
            return CommandResult.Refused(violation);
        }

        Replace(this[id].With(capacity: capacity));
        Raise(new MentorCapacityChanged(on, OrganizationId, Year, Kind, id, capacity));
        return CommandResult.Ok;
    }

    /// <summary>Adds a training session to a mentor's record (roadmap item 2.3).</summary>
    /// <param name="id">The mentor.</param>
    /// <param name="session">The session.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult RecordTraining(EducatorId id, TrainingSession session)
    {
        Guard.Against.Null(session);
        if (CheckPresent(id) is { } absent)
        {
            return CommandResult.Refused(absent);
        }

        var entry = this[id];
        Replace(entry.With(training: entry.Training.With(session)));
        Raise(new MentorTrainingRecorded(session.Date, OrganizationId, Year, Kind, id));
        return CommandResult.Ok;
    }

    /// <summary>Records the mentor's written consent to mentoring duties (Labour Code art. 351.8).</summary>
    /// <param name="id">The mentor.</param>
    /// <param name="consent">The signed consent.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult RecordMentoringConsent(EducatorId id, MentoringConsent consent)
    {
        Guard.Against.Null(consent);
        if (CheckPresent(id) is { } absent)
        {
            return CommandResult.Refused(absent);
        }

        Replace(this[id].With(mentoringConsent: consent));
        Raise(new MentoringConsentRecorded(consent.SignedOn, OrganizationId, Year, Kind, id));
        return CommandResult.Ok;
    }

    /// <summary>The stored form of the bank.</summary>
    /// <returns>The snapshot.</returns>
    public MentorBankSnapshot ToSnapshot() => new(
        BankSnapshotParts.Of(this),
        Policy.MinimumTeachingYears,
        Policy.DefaultCapacity,
        Entries.Select(e => new MentorEntrySnapshot(
            e.Educator.ToSnapshot(),
            e.Consent.GivenOn,
            e.Consent.WithdrawnOn,
            e.Competencies.Claims.Select(c => new CompetencySnapshot(c.Topic.Value, c.Level)).ToArray(),
            e.Capacity,
            e.Questionnaire is { } q ? new MentorQuestionnaireSnapshot(q.Experience, q.Achievements, q.PreferredMeetingTimes.ToArray(), q.Motivation) : null,
            e.Training.Sessions.ToArray(),
            e.MentoringConsent?.ToSnapshot(),
            e.AdmittedOn,
            e.IntakeOverride)).ToArray());

    /// <summary>Restores a bank from its stored form, checking it as it goes; raises no events.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The bank.</returns>
    /// <exception cref="System.ArgumentException">The snapshot holds invalid values.</exception>
    public static MentorBank FromSnapshot(MentorBankSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        SnapshotSchema.Check(snapshot.SchemaVersion, "MentorBank.SchemaVersion");
        var parts = Guard.Against.Null(snapshot.Bank, nameof(snapshot));
        var bank = new MentorBank(
            OrganizationId.From(parts.OrganizationId),
            parts.Year,
            parts.ToWindow(),
            parts.ToCatalog(),
            new MentorPolicy(snapshot.MinimumTeachingYears, snapshot.DefaultCapacity));
        var entries = snapshot.Entries.Select(s =>
        {
            var profile = CompetencyProfile.Create(s.Competencies.Select(c => new CompetencyClaim(TopicCode.From(c.Topic), c.Level)), bank.Catalog, s.Educator.Id);
            if (!profile.IsAccepted || MentorCapacityRule.Check(s.Capacity) is not null)
            {
                throw new System.ArgumentException($"Invalid mentor entry in the snapshot: {s.Educator.Id}.", nameof(snapshot));
            }

            return new MentorEntry(
                Educator.FromSnapshot(s.Educator),
                PersonalDataConsent.Restore(SnapshotSchema.Date(s.ConsentGivenOn, "MentorEntry.ConsentGivenOn"), SnapshotSchema.Date(s.ConsentWithdrawnOn, "MentorEntry.ConsentWithdrawnOn")),
                profile.Value,
                s.Capacity,
                s.Questionnaire is { } q ? new MentorQuestionnaire(q.Experience, q.Achievements, q.PreferredMeetingTimes, q.Motivation) : null,
                MentorTrainingRecord.Of(s.Training),
                s.MentoringConsent is { } c ? MentoringConsent.FromSnapshot(c) : null,
                SnapshotSchema.Date(s.AdmittedOn, "MentorEntry.AdmittedOn"),
                s.IntakeOverride);
        });
        bank.Restore(entries, parts.ToFormerEntries());
        return bank;
    }

    private protected override FormerEntry Anonymize(MentorEntry entry, LocalDate leftOn, RemovalReason reason) =>
        new(BankKind.Mentor, entry.AdmittedOn, leftOn, reason, entry.Competencies.Topics.ToArray(), [], entry.Capacity);

    private protected override MentorEntry WithEducator(MentorEntry entry, Educator educator) => entry.With(educator: educator);

    private protected override IEnumerable<KeyValuePair<string, string>> DescribeEntry(MentorEntry entry)
    {
        yield return new("Компетенции", entry.Competencies.ToString());
        yield return new("Число наставляемых одновременно", entry.Capacity.ToString(CultureInfo.InvariantCulture));
        if (entry.Questionnaire is { } q)
        {
            yield return new("Анкета: опыт", q.Experience);
            yield return new("Анкета: достижения", q.Achievements);
            yield return new("Анкета: удобное время встреч", string.Join("; ", q.PreferredMeetingTimes));
            yield return new("Анкета: мотивация", q.Motivation);
        }

        yield return new("Обучение наставников", string.Join("; ", entry.Training.Sessions.Select(s => $"{s.Date:dd.MM.yyyy} {s.Title} ({s.Hours} ч)")));
        if (entry.MentoringConsent is { } c)
        {
            yield return new("Согласие на наставническую деятельность (ст. 351.8 ТК РФ)", $"{c.SignedOn:dd.MM.yyyy}, {c.Period.Start:dd.MM.yyyy}–{c.Period.End:dd.MM.yyyy}");
        }
    }
}
