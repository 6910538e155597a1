using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Documents;

/// <summary>
/// Where the documents look up the people the aggregates name by identifier only, and the organisations of mentors
/// from elsewhere. A person erased after a withdrawal of consent (a register's pseudonym, given by
/// <see cref="WithErased"/> or known to the register a document reads) is printed as <see cref="ErasedWording"/>,
/// never by the pseudonym; a person the host left out is printed by identifier. Immutable.
/// </summary>
public sealed class ParticipantDirectory
{
    /// <summary>How a person erased after a withdrawal of consent to personal-data processing is printed.</summary>
    public const string ErasedWording = "данные удалены по отзыву согласия";

    private readonly Dictionary<EducatorId, ParticipantCard> _cards;
    private readonly Dictionary<OrganizationId, string> _organizations;
    private readonly HashSet<EducatorId> _erased;

    private ParticipantDirectory(Dictionary<EducatorId, ParticipantCard> cards, Dictionary<OrganizationId, string>? organizations = null, HashSet<EducatorId>? erased = null)
    {
        _cards = cards;
        _organizations = organizations ?? [];
        _erased = erased ?? [];
    }

    /// <summary>A directory that knows nobody.</summary>
    public static ParticipantDirectory Empty { get; } = new([]);

    /// <summary>The number of people known.</summary>
    public int Count => _cards.Count;

    /// <summary>A directory of educators, with their experience counted on a date; the first of a repeated identifier wins.</summary>
    /// <param name="educators">The educators.</param>
    /// <param name="on">The date experience is counted on.</param>
    /// <returns>The directory.</returns>
    public static ParticipantDirectory Of(IEnumerable<Educator> educators, LocalDate on)
    {
        Guard.Against.Null(educators);
        var cards = new Dictionary<EducatorId, ParticipantCard>();
        foreach (var e in educators)
        {
            if (!cards.ContainsKey(e.Id))
            {
                cards.Add(e.Id, new ParticipantCard(e.PersonalData.FullName, e.Post, e.TeachingSince is null ? null : e.TeachingYearsOn(on), e.Category));
            }
        }

        return new ParticipantDirectory(cards);
    }

    /// <summary>A directory of the people of an organisation's two banks (a person in both is taken from the mentor bank).</summary>
    /// <param name="menteeBank">The mentee bank.</param>
    /// <param name="mentorBank">The mentor bank.</param>
    /// <param name="on">The date experience is counted on.</param>
    /// <returns>The directory.</returns>
    public static ParticipantDirectory FromBanks(MenteeBank menteeBank, MentorBank mentorBank, LocalDate on) =>
        Of(Guard.Against.Null(mentorBank).Entries.Select(e => e.Educator).Concat(Guard.Against.Null(menteeBank).Entries.Select(e => e.Educator)), on);

    /// <summary>
    /// This directory, also knowing the names of organisations (printed for mentors from another organisation as
    /// «наставник из другой организации: …», by short name); an organisation not known is printed by identifier.
    /// </summary>
    /// <param name="organizations">The organisations; the first of a repeated identifier wins.</param>
    /// <returns>The new directory.</returns>
    public ParticipantDirectory WithOrganizations(IEnumerable<Organization> organizations)
    {
        var names = new Dictionary<OrganizationId, string>(_organizations);
        foreach (var o in Guard.Against.Null(organizations))
        {
            Guard.Against.Null(o, nameof(organizations));
            if (!names.ContainsKey(o.Id))
            {
                names.Add(o.Id, o.ShortName);
            }
        }

        return new ParticipantDirectory(_cards, names, _erased);
    }

    /// <summary>
    /// This directory, also knowing the identifiers that stand for erased people (e.g.
    /// <see cref="Pairing.PairingRegister.AnonymisedIds"/>): they are printed as <see cref="ErasedWording"/>.
    /// </summary>
    /// <param name="pseudonyms">The identifiers of erased people.</param>
    /// <returns>The new directory.</returns>
    public ParticipantDirectory WithErased(IEnumerable<EducatorId> pseudonyms)
    {
        var erased = new HashSet<EducatorId>(_erased);
        erased.UnionWith(Guard.Against.Null(pseudonyms));
        return new ParticipantDirectory(_cards, _organizations, erased);
    }

    /// <summary>The card of a person, if known.</summary>
    /// <param name="id">The person.</param>
    /// <returns>The card, or <see langword="null"/>.</returns>
    public ParticipantCard? Find(EducatorId id) => _cards.TryGetValue(id, out var card) ? card : null;

    /// <inheritdoc />
    public override string ToString() => $"ParticipantDirectory ({_cards.Count} people)";

    /// <summary>Whether an identifier stands for an erased person.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns><see langword="true"/> for an identifier given to <see cref="WithErased"/>.</returns>
    public bool IsErased(EducatorId id) => _erased.Contains(id);

    /// <summary>The name, <see cref="ErasedWording"/> in brackets for an erased person, or the identifier.</summary>
    internal string Name(EducatorId id, PairingAnonymity anonymity) =>
        Find(id)?.FullName ?? (anonymity.IsAnonymised(id) || _erased.Contains(id) ? "(" + ErasedWording + ")" : id.Value);

    /// <summary>«ФИО, должность, педагогический стаж N лет, категория», or what <see cref="Name"/> prints.</summary>
    internal string NameWithDetails(EducatorId id, PairingAnonymity anonymity)
    {
        if (Find(id) is not { } card)
        {
            return Name(id, anonymity);
        }

        var experience = card.TeachingYears is { } years ? "педагогический стаж " + RussianPhrases.Experience(years) : "без педагогического стажа";
        return $"{card.FullName}, {card.Post}, {experience}, {RussianPhrases.Category(card.Category)}";
    }

    /// <summary>The short name of an organisation, or its identifier.</summary>
    internal string OrganizationName(OrganizationId id) => _organizations.TryGetValue(id, out var name) ? name : id.Value;

    /// <summary>A mentor of a unit, with «наставник из другой организации: …» when they come from elsewhere.</summary>
    internal string Mentor(Pairing.MentoringUnit unit, EducatorId mentor, PairingAnonymity anonymity, bool withPost = true) =>
        (withPost ? NameAndPost(mentor, anonymity) : Name(mentor, anonymity))
        + (unit.ExternalMentors.TryGetValue(mentor, out var organization) ? "; наставник из другой организации: " + OrganizationName(organization) : string.Empty);

    /// <summary>«Иванова Мария Петровна, педагог дополнительного образования».</summary>
    internal string NameAndPost(EducatorId id, PairingAnonymity anonymity) =>
        Find(id) is { } card ? $"{card.FullName}, {card.Post}" : Name(id, anonymity);
}
