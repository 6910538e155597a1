using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Banks.Events;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>
/// What the mentee bank and the mentor bank share: one organisation, one intake year, an intake window, a
/// topic catalog, at most one entry per person, consent checks, and erasure of personal data on withdrawal
/// of consent while anonymous counts stay.
/// </summary>
/// <typeparam name="TEntry">The entry type.</typeparam>
/// <remarks>Not thread-safe: a host serialises the commands sent to one bank.</remarks>
public abstract class Bank<TEntry> : AggregateRoot
    where TEntry : class, IBankEntry
{
    private readonly SortedDictionary<EducatorId, TEntry> _entries = [];
    private readonly List<FormerEntry> _former = [];

    /// <summary>Initialises the shared state.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="year">The intake year.</param>
    /// <param name="window">The intake window.</param>
    /// <param name="catalog">The topic catalog.</param>
    private protected Bank(OrganizationId organizationId, int year, IntakeWindow window, RequestTopicCatalog catalog)
    {
        Guard.Against.Default(organizationId);
        OrganizationId = organizationId;
        Year = Guard.Against.OutOfRange(year, nameof(year), 1990, 2200);
        Window = Guard.Against.Null(window);
        Catalog = Guard.Against.Null(catalog);
    }

    /// <summary>Which bank this is.</summary>
    public abstract BankKind Kind { get; }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The intake year.</summary>
    public int Year { get; }

    /// <summary>The intake window.</summary>
    public IntakeWindow Window { get; }

    /// <summary>The topic catalog entries are checked against.</summary>
    public RequestTopicCatalog Catalog { get; }

    /// <summary>The entries, ordered by identifier (ordinal).</summary>
    public IReadOnlyCollection<TEntry> Entries => _entries.Values;

    /// <summary>How many people are in the bank.</summary>
    public int Count => _entries.Count;

    /// <summary>What is left of people who left: anonymous facts only, in the order they left.</summary>
    public IReadOnlyList<FormerEntry> FormerEntries => _former;

    /// <summary>The entry of a person.</summary>
    /// <param name="id">The person.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="KeyNotFoundException">The person is not in the bank.</exception>
    public TEntry this[EducatorId id] =>
        _entries.TryGetValue(id, out var entry) ? entry : throw new KeyNotFoundException($"{id} is not in this bank.");

    /// <summary>Whether a person is in the bank.</summary>
    /// <param name="id">The person.</param>
    /// <returns><see langword="true"/> if present.</returns>
    public bool Contains(EducatorId id) => _entries.ContainsKey(id);

    /// <summary>Looks an entry up.</summary>
    /// <param name="id">The person.</param>
    /// <param name="entry">The entry if present.</param>
    /// <returns>Whether the person is in the bank.</returns>
    public bool TryGet(EducatorId id, out TEntry entry)
    {
        if (_entries.TryGetValue(id, out var found))
        {
            entry = found;
            return true;
        }

        entry = null!;
        return false;
    }

    /// <summary>
    /// Records the withdrawal of a person's consent to personal-data processing: the entry and all its
    /// personal data go; an anonymous <see cref="FormerEntry"/> stays for statistics.
    /// </summary>
    /// <param name="id">The person.</param>
    /// <param name="on">The date of withdrawal.</param>
    /// <returns>Accepted, or a rejection when the person is not in the bank or the date precedes the consent.</returns>
    public CommandResult WithdrawConsent(EducatorId id, LocalDate on)
    {
        if (BankMembershipRule.CheckPresent(_entries.ContainsKey(id), id.Value) is { } absent)
        {
            return CommandResult.Refused(absent);
        }

        var entry = _entries[id];
        if (on < entry.Consent.GivenOn)
        {
            return CommandResult.Refused(PersonalDataConsentRule.NotYetGivenOn(entry.Consent.GivenOn, on, id.Value));
        }

        Leave(entry, on, RemovalReason.ConsentWithdrawn);
        ForgetReferences(id);
        Raise(new PersonalDataErased(on, OrganizationId, Year, Kind, id));
        return CommandResult.Ok;
    }

    /// <summary>
    /// Erases every trace of a person from the bank, the standard a host applies to each aggregate when a person
    /// withdraws consent (152-ФЗ): the person's own entry goes as by <see cref="WithdrawConsent"/>, and their identifier
    /// leaves the other entries (a mentee's excluded mentors). Anonymous counts stay. A person the bank does not hold is
    /// accepted with nothing but the references to remove.
    /// </summary>
    /// <param name="id">The person.</param>
    /// <param name="on">The date of withdrawal.</param>
    /// <returns>Accepted, or a rejection when the date precedes the person's consent in this bank.</returns>
    public CommandResult ErasePerson(EducatorId id, LocalDate on)
    {
        Guard.Against.Default(id);
        if (_entries.ContainsKey(id))
        {
            return WithdrawConsent(id, on);
        }

        ForgetReferences(id);
        return CommandResult.Ok;
    }

    /// <summary>Takes a person out of the bank; anonymous facts of the entry stay for statistics.</summary>
    /// <param name="id">The person.</param>
    /// <param name="on">The date.</param>
    /// <param name="reason">Why; use <see cref="WithdrawConsent"/> for a withdrawal of consent.</param>
    /// <returns>Accepted, or a rejection when the person is not in the bank.</returns>
    public CommandResult Remove(EducatorId id, LocalDate on, RemovalReason reason)
    {
        Guard.Against.EnumOutOfRange(reason);
        if (BankMembershipRule.CheckPresent(_entries.ContainsKey(id), id.Value) is { } absent)
        {
            return CommandResult.Refused(absent);
        }

        Leave(_entries[id], on, reason);
        return CommandResult.Ok;
    }

    /// <summary>Replaces the educator details of an entry (a new post, category, subjects or corrected personal data).</summary>
    /// <param name="educator">The updated educator, with the identifier of an entry.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection when the person is not in the bank.</returns>
    public CommandResult UpdateEducator(Educator educator, LocalDate on)
    {
        Guard.Against.Null(educator);
        if (BankMembershipRule.CheckPresent(_entries.ContainsKey(educator.Id), educator.Id.Value) is { } absent)
        {
            return CommandResult.Refused(absent);
        }

        _entries[educator.Id] = WithEducator(_entries[educator.Id], educator);
        Raise(new EducatorDetailsUpdated(on, OrganizationId, Year, Kind, educator.Id));
        return CommandResult.Ok;
    }

    /// <summary>Everything the bank stores about a person, for a subject-access request.</summary>
    /// <param name="id">The person.</param>
    /// <returns>The export, or <see langword="null"/> when the bank holds nothing about the person.</returns>
    public PersonalDataExport? ExportPersonalData(EducatorId id)
    {
        if (!_entries.TryGetValue(id, out var entry))
        {
            return null;
        }

        var e = entry.Educator;
        var fields = new List<KeyValuePair<string, string>>
        {
            Field("ФИО", e.PersonalData.FullName),
            Field("Дата рождения", e.PersonalData.BirthDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)),
            Field("Электронная почта", e.PersonalData.Email ?? string.Empty),
            Field("Телефон", e.PersonalData.Phone ?? string.Empty),
            Field("Должность", e.Post),
            Field("Педагогический стаж с", e.TeachingSince?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
            Field("Квалификационная категория", e.Category.ToString()),
            Field("Предметы", string.Join(", ", e.Subjects)),
            Field("Согласие на обработку персональных данных", entry.Consent.GivenOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)),
            Field("Дата включения в банк", entry.AdmittedOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)),
        };
        fields.AddRange(DescribeEntry(entry));
        var source = (Kind == BankKind.Mentee ? "банк наставляемых " : "банк наставников ") + Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new PersonalDataExport(id, source, fields);
    }

    /// <summary>Anonymous counts of the bank, including people who left.</summary>
    /// <returns>The statistics.</returns>
    public BankStatistics GetStatistics()
    {
        var topics = new SortedDictionary<TopicCode, int>();
        var reasons = new SortedDictionary<MentoringReason, int>();
        void Count(IEnumerable<TopicCode> ts, IEnumerable<MentoringReason> rs)
        {
            foreach (var t in ts)
            {
                topics[t] = topics.TryGetValue(t, out var n) ? n + 1 : 1;
            }

            foreach (var r in rs)
            {
                reasons[r] = reasons.TryGetValue(r, out var n) ? n + 1 : 1;
            }
        }

        foreach (var entry in _entries.Values)
        {
            var facts = Anonymize(entry, entry.AdmittedOn, RemovalReason.Other);
            Count(facts.Topics, facts.Reasons);
        }

        foreach (var former in _former)
        {
            Count(former.Topics, former.Reasons);
        }

        return new BankStatistics(
            Kind,
            _entries.Count,
            _former.Count,
            _former.Count(f => f.Reason == RemovalReason.ConsentWithdrawn),
            topics,
            reasons);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}Bank {OrganizationId} {Year} ({Count} entries)";

    /// <summary>The anonymous facts of an entry that stay after it leaves.</summary>
    private protected abstract FormerEntry Anonymize(TEntry entry, LocalDate leftOn, RemovalReason reason);

    /// <summary>Removes a person's identifier from the other entries (nothing by default).</summary>
    private protected virtual void ForgetReferences(EducatorId id)
    {
    }

    /// <summary>The entry with other educator details.</summary>
    private protected abstract TEntry WithEducator(TEntry entry, Educator educator);

    /// <summary>The entry-specific fields of a personal-data export.</summary>
    private protected abstract IEnumerable<KeyValuePair<string, string>> DescribeEntry(TEntry entry);

    /// <summary>The checks every admission makes: membership, consent, intake window.</summary>
    private protected List<RuleViolation> CheckAdmission(Educator educator, PersonalDataConsent? consent, LocalDate on, IntakeOverride? intakeOverride)
    {
        var subject = educator.Id.Value;
        var violations = new List<RuleViolation>();
        violations.AddIfPresent(BankMembershipRule.CheckNew(_entries.ContainsKey(educator.Id), subject));
        violations.AddIfPresent(PersonalDataConsentRule.Check(consent, on, subject));
        violations.AddIfPresent(IntakeWindowRule.Check(Window, Year, on, intakeOverride, subject));
        return violations;
    }

    /// <summary>Adds an entry that passed every check and raises <see cref="PersonAdmitted"/>.</summary>
    private protected void Add(TEntry entry)
    {
        _entries.Add(entry.Educator.Id, entry);
        Raise(new PersonAdmitted(entry.AdmittedOn, OrganizationId, Year, Kind, entry.Educator.Id, entry.IntakeOverride is not null));
    }

    /// <summary>Replaces an entry already present.</summary>
    private protected void Replace(TEntry entry) => _entries[entry.Educator.Id] = entry;

    /// <summary>Whether the person is present, as a violation when not.</summary>
    private protected RuleViolation? CheckPresent(EducatorId id) => BankMembershipRule.CheckPresent(_entries.ContainsKey(id), id.Value);

    /// <summary>Restores entries and former entries from a snapshot, without events.</summary>
    private protected void Restore(IEnumerable<TEntry> entries, IEnumerable<FormerEntry> former)
    {
        foreach (var entry in entries)
        {
            if (_entries.ContainsKey(entry.Educator.Id))
            {
                throw new System.ArgumentException($"The snapshot holds {entry.Educator.Id} twice.", nameof(entries));
            }

            _entries.Add(entry.Educator.Id, entry);
        }

        _former.AddRange(former);
    }

    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    private void Leave(TEntry entry, LocalDate on, RemovalReason reason)
    {
        _entries.Remove(entry.Educator.Id);
        _former.Add(Anonymize(entry, on, reason));
        Raise(new PersonLeftBank(on, OrganizationId, Year, Kind, entry.Educator.Id, reason));
    }
}
