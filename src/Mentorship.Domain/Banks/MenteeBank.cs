using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Banks.Events;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>
/// The yearly bank of mentees with their professional request lists (roadmap item 2.1) for one organisation.
/// </summary>
/// <remarks>Not thread-safe: a host serialises the commands sent to one bank.</remarks>
public sealed class MenteeBank : Bank<MenteeEntry>
{
    private MenteeBank(OrganizationId organizationId, int year, IntakeWindow window, RequestTopicCatalog catalog)
        : base(organizationId, year, window, catalog)
    {
    }

    /// <inheritdoc />
    public override BankKind Kind => BankKind.Mentee;

    /// <summary>Opens an empty bank for an organisation and an intake year.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="year">The intake year.</param>
    /// <param name="window">The intake window; default 1 April – 30 September.</param>
    /// <param name="catalog">The topic catalog; default the standard one.</param>
    /// <returns>The bank.</returns>
    public static MenteeBank Open(OrganizationId organizationId, int year, IntakeWindow? window = null, RequestTopicCatalog? catalog = null) =>
        new(organizationId, year, window ?? IntakeWindow.Default, catalog ?? RequestTopicCatalog.Standard);

    /// <summary>
    /// Enters a mentee: checks membership, consent, intake window and the request list, and reports every
    /// broken rule at once. Nothing changes on a rejection.
    /// </summary>
    /// <param name="application">The application.</param>
    /// <param name="on">The date of entry.</param>
    /// <param name="intakeOverride">The coordinator's override when entering outside the window.</param>
    /// <returns>The new entry, or a rejection.</returns>
    public Outcome<MenteeEntry> Admit(MenteeApplication application, LocalDate on, IntakeOverride? intakeOverride = null)
    {
        Guard.Against.Null(application);
        Guard.Against.Null(application.Educator, nameof(application));
        Guard.Against.Null(application.Requests, nameof(application));
        Guard.Against.Null(application.Reasons, nameof(application));
        var subject = application.Educator.Id.Value;
        var violations = CheckAdmission(application.Educator, application.Consent, on, intakeOverride);
        var requests = RequestList.Create(application.Requests, Catalog, subject);
        if (!requests.IsAccepted)
        {
            violations.AddRange(requests.Rejection.Violations);
        }

        violations.AddIfPresent(MentoringReasonRule.Check(application.Educator, application.Reasons, on));
        var excluded = application.ExcludedMentors ?? [];
        foreach (var mentorId in excluded)
        {
            violations.AddIfPresent(ExcludedMentorRule.Check(application.Educator.Id, mentorId));
        }

        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        var entry = new MenteeEntry(application.Educator, application.Consent!, requests.Value, application.Reasons, excluded, on, intakeOverride);
        Add(entry);
        return entry;
    }

    /// <summary>Replaces a mentee's request list.</summary>
    /// <param name="id">The mentee.</param>
    /// <param name="topics">The new topics, most important first.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection naming every broken rule.</returns>
    public CommandResult ChangeRequests(EducatorId id, IEnumerable<TopicCode> topics, LocalDate on)
    {
        if (CheckPresent(id) is { } absent)
        {
            return CommandResult.Refused(absent);
        }

        var requests = RequestList.Create(Guard.Against.Null(topics), Catalog, id.Value);
        if (!requests.IsAccepted)
        {
            return requests.Rejection;
        }

        Replace(this[id].With(requests: requests.Value));
        Raise(new MenteeRequestsChanged(on, OrganizationId, Year, Kind, id));
        return CommandResult.Ok;
    }

    /// <summary>Records that a mentee must not be paired with a mentor (conflict of interest).</summary>
    /// <param name="id">The mentee.</param>
    /// <param name="mentorId">The mentor to exclude.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted (also when already excluded), or a rejection.</returns>
    public CommandResult ExcludeMentor(EducatorId id, EducatorId mentorId, LocalDate on)
    {
        Guard.Against.Default(mentorId);
        if (CheckPresent(id) is { } absent)
        {
            return CommandResult.Refused(absent);
        }

        if (ExcludedMentorRule.Check(id, mentorId) is { } self)
        {
            return CommandResult.Refused(self);
        }

        var entry = this[id];
        if (!entry.ExcludedMentors.Contains(mentorId))
        {
            Replace(entry.With(excludedMentors: [.. entry.ExcludedMentors, mentorId]));
            Raise(new MentorExcluded(on, OrganizationId, Year, Kind, id, mentorId));
        }

        return CommandResult.Ok;
    }

    /// <summary>Removes an erased person from every mentee's excluded mentors.</summary>
    private protected override void ForgetReferences(EducatorId id)
    {
        foreach (var entry in Entries.Where(e => e.ExcludedMentors.Contains(id)).ToArray())
        {
            Replace(entry.With(excludedMentors: entry.ExcludedMentors.Where(m => m != id).ToArray()));
        }
    }

    /// <summary>The stored form of the bank.</summary>
    /// <returns>The snapshot.</returns>
    public MenteeBankSnapshot ToSnapshot() => new(
        BankSnapshotParts.Of(this),
        Entries.Select(e => new MenteeEntrySnapshot(
            e.Educator.ToSnapshot(),
            e.Consent.GivenOn,
            e.Consent.WithdrawnOn,
            e.Requests.Topics.Select(t => t.Value).ToArray(),
            e.Reasons.ToArray(),
            e.ExcludedMentors.Select(m => m.Value).ToArray(),
            e.AdmittedOn,
            e.IntakeOverride)).ToArray());

    /// <summary>Restores a bank from its stored form, checking it as it goes; raises no events.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The bank.</returns>
    /// <exception cref="System.ArgumentException">The snapshot holds invalid values.</exception>
    public static MenteeBank FromSnapshot(MenteeBankSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        SnapshotSchema.Check(snapshot.SchemaVersion, "MenteeBank.SchemaVersion");
        var parts = Guard.Against.Null(snapshot.Bank, nameof(snapshot));
        var bank = new MenteeBank(OrganizationId.From(parts.OrganizationId), parts.Year, parts.ToWindow(), parts.ToCatalog());
        var entries = snapshot.Entries.Select(s =>
        {
            var requests = RequestList.Create(s.Requests.Select(TopicCode.From), bank.Catalog, s.Educator.Id);
            if (!requests.IsAccepted)
            {
                throw new System.ArgumentException($"Invalid request list in the snapshot: {requests.Rejection}", nameof(snapshot));
            }

            return new MenteeEntry(
                Educator.FromSnapshot(s.Educator),
                PersonalDataConsent.Restore(SnapshotSchema.Date(s.ConsentGivenOn, "MenteeEntry.ConsentGivenOn"), SnapshotSchema.Date(s.ConsentWithdrawnOn, "MenteeEntry.ConsentWithdrawnOn")),
                requests.Value,
                s.Reasons,
                s.ExcludedMentors.Select(EducatorId.From),
                SnapshotSchema.Date(s.AdmittedOn, "MenteeEntry.AdmittedOn"),
                s.IntakeOverride);
        });
        bank.Restore(entries, parts.ToFormerEntries());
        return bank;
    }

    private protected override FormerEntry Anonymize(MenteeEntry entry, LocalDate leftOn, RemovalReason reason) =>
        new(BankKind.Mentee, entry.AdmittedOn, leftOn, reason, entry.Requests.Topics.ToArray(), entry.Reasons.ToArray(), 0);

    private protected override MenteeEntry WithEducator(MenteeEntry entry, Educator educator) => entry.With(educator: educator);

    private protected override IEnumerable<KeyValuePair<string, string>> DescribeEntry(MenteeEntry entry)
    {
        yield return new("Профессиональные запросы", entry.Requests.ToString());
        yield return new("Основания", string.Join(", ", entry.Reasons));
        yield return new("Исключённые наставники", string.Join(", ", entry.ExcludedMentors));
    }
}
