using System;
using System.Collections.Generic;
using System.Linq;

namespace Mentorship.Domain.People;

/// <summary>
/// The catalog of request topics an organisation uses: the fourteen standard topics of the matching
/// specification, plus any the organisation adds. Immutable: <see cref="WithTopic"/> returns a new catalog.
/// </summary>
public sealed class RequestTopicCatalog
{
    private static readonly (string Code, string Title)[] StandardTopics =
    [
        ("adaptation", "адаптация в коллективе и организации"),
        ("subject-methods", "методика преподавания предмета"),
        ("lesson-planning", "рабочая программа и планирование уроков"),
        ("assessment", "оценивание результатов"),
        ("discipline", "дисциплина, управление классом"),
        ("class-teacher", "классное руководство, воспитательная работа"),
        ("parents", "работа с родителями"),
        ("digital", "цифровые инструменты, ИКТ"),
        ("special-needs", "обучающиеся с ОВЗ"),
        ("gifted", "одарённые дети"),
        ("exam-prep", "подготовка к ОГЭ/ЕГЭ и олимпиадам"),
        ("attestation", "подготовка к аттестации"),
        ("contests", "конкурсы, публикации, исследования"),
        ("burnout", "профилактика выгорания, психологическая поддержка"),
    ];

    private readonly Dictionary<TopicCode, RequestTopic> _byCode;
    private readonly RequestTopic[] _ordered;

    private RequestTopicCatalog(RequestTopic[] ordered)
    {
        _ordered = ordered;
        _byCode = ordered.ToDictionary(t => t.Code);
    }

    /// <summary>The standard catalog: fourteen topics, in the order of the specification.</summary>
    public static RequestTopicCatalog Standard { get; } =
        new(StandardTopics.Select(t => new RequestTopic(TopicCode.From(t.Code), t.Title, isStandard: true)).ToArray());

    /// <summary>The topics: the standard ones first in their fixed order, then the added ones in the order added.</summary>
    public IReadOnlyList<RequestTopic> Topics => _ordered;

    /// <summary>Whether the catalog has a topic with this code.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> if known.</returns>
    public bool Contains(TopicCode code) => _byCode.ContainsKey(code);

    /// <summary>Looks a topic up by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="topic">The topic if found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(TopicCode code, out RequestTopic topic)
    {
        if (_byCode.TryGetValue(code, out var found))
        {
            topic = found;
            return true;
        }

        topic = null!;
        return false;
    }

    /// <summary>The topic with this code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The topic.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such topic.</exception>
    public RequestTopic this[TopicCode code] =>
        _byCode.TryGetValue(code, out var topic) ? topic : throw new KeyNotFoundException($"Unknown topic code '{code}'.");

    /// <summary>Returns a catalog with one more topic of the organisation's own.</summary>
    /// <param name="code">A code not yet in the catalog.</param>
    /// <param name="title">The Russian title.</param>
    /// <returns>The extended catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The code is already in the catalog, or the title is blank.</exception>
    public RequestTopicCatalog WithTopic(TopicCode code, string title)
    {
        if (_byCode.ContainsKey(code))
        {
            throw new ArgumentException($"The catalog already has the topic '{code}'.", nameof(code));
        }

        return new RequestTopicCatalog([.. _ordered, new RequestTopic(code, title)]);
    }
}
