using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Documents;

/// <summary>
/// Where the documents look up the people the aggregates name by identifier only. A person it does not know (an
/// anonymised one, or one the host left out) is printed by identifier, or as «персональные данные удалены».
/// Immutable.
/// </summary>
public sealed class ParticipantDirectory
{
    private readonly Dictionary<EducatorId, ParticipantCard> _cards;

    private ParticipantDirectory(Dictionary<EducatorId, ParticipantCard> cards) => _cards = cards;

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

    /// <summary>The card of a person, if known.</summary>
    /// <param name="id">The person.</param>
    /// <returns>The card, or <see langword="null"/>.</returns>
    public ParticipantCard? Find(EducatorId id) => _cards.TryGetValue(id, out var card) ? card : null;

    /// <inheritdoc />
    public override string ToString() => $"ParticipantDirectory ({_cards.Count} people)";

    /// <summary>The name, or the identifier.</summary>
    internal string Name(EducatorId id, PairingAnonymity anonymity) =>
        Find(id)?.FullName ?? (anonymity.IsAnonymised(id) ? "(персональные данные удалены)" : id.Value);

    /// <summary>«Иванова Мария Петровна, педагог дополнительного образования».</summary>
    internal string NameAndPost(EducatorId id, PairingAnonymity anonymity) =>
        Find(id) is { } card ? $"{card.FullName}, {card.Post}" : Name(id, anonymity);
}
