using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>
/// A questionnaire form (анкета) for one role and one wave: its code, title, the instruction printed above the
/// items, and the items in order. Immutable.
/// </summary>
public sealed class QuestionnaireInstrument
{
    private readonly QuestionnaireItem[] _items;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates an instrument.</summary>
    /// <param name="code">A lower-case code, e.g. <c>mentee-final</c> (same form as item codes).</param>
    /// <param name="title">The title as printed.</param>
    /// <param name="role">Who fills it in.</param>
    /// <param name="wave">When it is given.</param>
    /// <param name="instruction">The instruction printed above the items.</param>
    /// <param name="items">The items, in order; at least one, codes distinct.</param>
    /// <exception cref="ArgumentException">A code is malformed or repeated, a text blank, an enum unknown, or there are no items.</exception>
    public QuestionnaireInstrument(string code, string title, RespondentRole role, SurveyWave wave, string instruction, IEnumerable<QuestionnaireItem> items)
    {
        Guard.Against.NullOrWhiteSpace(code);
        if (!QuestionnaireItem.IsValidCode(code))
        {
            throw new ArgumentException("An instrument code is 1 to 40 lower-case letters, digits and single hyphens.", nameof(code));
        }

        Code = code;
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
        Role = Guard.Against.EnumOutOfRange(role);
        Wave = Guard.Against.EnumOutOfRange(wave);
        Instruction = Guard.Against.NullOrWhiteSpace(instruction).Trim();
        _items = Guard.Against.Null(items).ToArray();
        Guard.Against.Zero(_items.Length, nameof(items));
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _items.Length; i++)
        {
            var item = Guard.Against.Null(_items[i], nameof(items));
            if (_index.ContainsKey(item.Code))
            {
                throw new ArgumentException($"The item code '{item.Code}' is repeated.", nameof(items));
            }

            _index.Add(item.Code, i);
        }
    }

    /// <summary>The code.</summary>
    public string Code { get; }

    /// <summary>The title as printed.</summary>
    public string Title { get; }

    /// <summary>Who fills it in.</summary>
    public RespondentRole Role { get; }

    /// <summary>When it is given.</summary>
    public SurveyWave Wave { get; }

    /// <summary>The instruction printed above the items.</summary>
    public string Instruction { get; }

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<QuestionnaireItem> Items => _items;

    /// <summary>Looks an item up by code (ordinal).</summary>
    /// <param name="code">The item code.</param>
    /// <returns>The item, or <see langword="null"/> if the instrument has none with that code.</returns>
    public QuestionnaireItem? FindItem(string code) =>
        code is not null && _index.TryGetValue(code, out var i) ? _items[i] : null;

    /// <inheritdoc />
    public override string ToString() => $"Instrument {Code} ({Role}, {Wave}, {_items.Length} items)";
}
