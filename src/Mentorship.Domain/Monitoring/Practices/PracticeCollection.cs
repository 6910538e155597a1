using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>
/// An organisation's collection of practices (методическая копилка, roadmap item 3.1): pairs and groups propose
/// practices; a final event chooses the best, which enter the collection.
/// </summary>
/// <remarks>Not thread-safe: a host serialises the commands sent to one collection.</remarks>
public sealed class PracticeCollection : AggregateRoot
{
    private readonly List<Practice> _practices = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<FinalEvent> _events = [];

    private PracticeCollection(OrganizationId organizationId)
    {
        Guard.Against.Default(organizationId);
        OrganizationId = organizationId;
    }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>Every practice proposed, in the order proposed.</summary>
    public IReadOnlyList<Practice> Practices => _practices;

    /// <summary>The practices chosen into the collection, in the order proposed.</summary>
    public IReadOnlyList<Practice> Collected => _practices.Where(p => p.IsCollected).ToArray();

    /// <summary>The final events held, in order.</summary>
    public IReadOnlyList<FinalEvent> FinalEvents => _events;

    /// <summary>Opens an empty collection.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <returns>The collection.</returns>
    /// <exception cref="ArgumentException">The identifier is the default value.</exception>
    public static PracticeCollection Open(OrganizationId organizationId) => new(organizationId);

    /// <summary>The practice with an identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The practice, or <see langword="null"/>.</returns>
    public Practice? Find(string id) => id is not null && _index.TryGetValue(id, out var i) ? _practices[i] : null;

    /// <summary>The practices chosen by final events held within a period.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <returns>The practices, in the order proposed.</returns>
    public IReadOnlyList<Practice> CollectedDuring(DateInterval period)
    {
        Guard.Against.Null(period);
        return _practices.Where(p => p.ChosenOn is { } on && period.Contains(on)).ToArray();
    }

    /// <summary>
    /// Proposes a practice of a pair or group: its identifier is new (<see cref="PracticeIdentityRule"/>) and its
    /// author a mentor or mentee of a programme of this organisation (<see cref="PracticeAuthorRule"/>).
    /// </summary>
    /// <param name="proposal">The practice.</param>
    /// <param name="programme">The pair's or group's programme.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection naming every broken rule.</returns>
    /// <exception cref="ArgumentException">The identifier or title is blank, the kind unknown or the author the default value.</exception>
    public CommandResult Propose(PracticeProposal proposal, ProgrammeFact programme, LocalDate on)
    {
        Guard.Against.Null(proposal);
        Guard.Against.Null(programme);
        var id = Guard.Against.NullOrWhiteSpace(proposal.Id, nameof(proposal)).Trim();
        var title = Guard.Against.NullOrWhiteSpace(proposal.Title, nameof(proposal)).Trim();
        Guard.Against.EnumOutOfRange(proposal.Kind, nameof(proposal));
        Guard.Against.Default(proposal.Author, nameof(proposal));
        var violations = new List<RuleViolation>();
        violations.AddIfPresent(PracticeIdentityRule.Check(_index.ContainsKey(id), id));
        violations.AddIfPresent(PracticeAuthorRule.Check(proposal.Author, programme, OrganizationId, id));
        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        var description = string.IsNullOrWhiteSpace(proposal.Description) ? null : proposal.Description!.Trim();
        AddPractice(new Practice(id, title, proposal.Kind, proposal.Author, programme.Id, on, description, null));
        Raise(new PracticeProposed(on, OrganizationId, id, programme.Id));
        return CommandResult.Ok;
    }

    /// <summary>
    /// Records a final event and the practices it chose (<see cref="FinalEventSelectionRule"/>); they enter the
    /// collection on the event's date. An event may choose none.
    /// </summary>
    /// <param name="heldOn">The date.</param>
    /// <param name="title">What the event was called.</param>
    /// <param name="chosen">The identifiers of the practices chosen; repeats are ignored.</param>
    /// <returns>Accepted, or a rejection naming every broken rule (and nothing is recorded).</returns>
    /// <exception cref="ArgumentException">The title is blank.</exception>
    public CommandResult HoldFinalEvent(LocalDate heldOn, string title, IEnumerable<string> chosen)
    {
        title = Guard.Against.NullOrWhiteSpace(title).Trim();
        var ids = Guard.Against.Null(chosen).Select(c => Guard.Against.NullOrWhiteSpace(c, nameof(chosen)).Trim()).Distinct(StringComparer.Ordinal).ToArray();
        var violations = new List<RuleViolation>();
        foreach (var id in ids)
        {
            violations.AddIfPresent(FinalEventSelectionRule.Check(Find(id), heldOn, id));
        }

        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        Choose(heldOn, title, ids);
        Raise(new FinalEventHeld(heldOn, OrganizationId, ids));
        return CommandResult.Ok;
    }

    /// <summary>
    /// Erases a person who withdrew consent to personal-data processing (152-ФЗ): the practices they handed in stay,
    /// counted and choosable, without an author. A person with no practice is accepted with nothing to do.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="on">The date of withdrawal.</param>
    /// <returns>Accepted.</returns>
    public CommandResult ErasePerson(EducatorId person, LocalDate on)
    {
        Guard.Against.Default(person);
        var erased = new List<string>();
        for (var i = 0; i < _practices.Count; i++)
        {
            if (_practices[i].Author == person)
            {
                _practices[i] = _practices[i].WithoutAuthor();
                erased.Add(_practices[i].Id);
            }
        }

        if (erased.Count > 0)
        {
            Raise(new PracticeAuthorErased(on, OrganizationId, erased));
        }

        return CommandResult.Ok;
    }

    /// <summary>The stored form of the collection.</summary>
    /// <returns>The snapshot.</returns>
    public PracticeCollectionSnapshot ToSnapshot() => new(
        OrganizationId.Value,
        _practices.Select(p => new PracticeSnapshot(p.Id, p.Title, p.Kind, p.Author?.Value, p.ProgrammeId, p.ProposedOn, p.Description)).ToArray(),
        _events.Select(e => new FinalEvent(e.HeldOn, e.Title, e.Chosen.ToArray())).ToArray());

    /// <summary>Restores a collection from its stored form, checking identifiers and choices again; raises no events.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The collection.</returns>
    /// <exception cref="ArgumentException">The snapshot holds invalid values or choices that break the rules.</exception>
    public static PracticeCollection FromSnapshot(PracticeCollectionSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        var collection = new PracticeCollection(OrganizationId.From(snapshot.OrganizationId));
        foreach (var p in Guard.Against.Null(snapshot.Practices, nameof(snapshot)))
        {
            var id = Guard.Against.NullOrWhiteSpace(p.Id, nameof(snapshot)).Trim();
            if (PracticeIdentityRule.Check(collection._index.ContainsKey(id), id) is { } duplicate)
            {
                throw new ArgumentException($"Invalid snapshot: {duplicate}", nameof(snapshot));
            }

            collection.AddPractice(new Practice(
                id,
                Guard.Against.NullOrWhiteSpace(p.Title, nameof(snapshot)).Trim(),
                Guard.Against.EnumOutOfRange(p.Kind, nameof(snapshot)),
                p.Author is null ? null : EducatorId.From(p.Author),
                Guard.Against.NullOrWhiteSpace(p.ProgrammeId, nameof(snapshot)).Trim(),
                p.ProposedOn,
                p.Description,
                null));
        }

        foreach (var e in Guard.Against.Null(snapshot.FinalEvents, nameof(snapshot)))
        {
            foreach (var id in e.Chosen)
            {
                if (FinalEventSelectionRule.Check(collection.Find(id), e.HeldOn, id) is { } bad)
                {
                    throw new ArgumentException($"Invalid snapshot: {bad}", nameof(snapshot));
                }
            }

            collection.Choose(e.HeldOn, Guard.Against.NullOrWhiteSpace(e.Title, nameof(snapshot)), e.Chosen.ToArray());
        }

        return collection;
    }

    /// <inheritdoc />
    public override string ToString() => $"PracticeCollection {OrganizationId} ({_practices.Count} practices)";

    private void AddPractice(Practice practice)
    {
        _index.Add(practice.Id, _practices.Count);
        _practices.Add(practice);
    }

    private void Choose(LocalDate heldOn, string title, string[] ids)
    {
        foreach (var id in ids)
        {
            var i = _index[id];
            _practices[i] = _practices[i].Chosen(heldOn);
        }

        _events.Add(new FinalEvent(heldOn, title, ids));
    }
}
