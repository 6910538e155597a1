using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>
/// The questionnaire forms an organisation uses: at most one per role and wave, codes distinct. Immutable.
/// <see cref="RussianInstruments.Default"/> is the built-in set.
/// </summary>
public sealed class InstrumentSet
{
    private readonly QuestionnaireInstrument[] _instruments;

    /// <summary>Creates a set.</summary>
    /// <param name="instruments">The instruments.</param>
    /// <exception cref="ArgumentException">Two instruments share a code, or a role and a wave.</exception>
    public InstrumentSet(IEnumerable<QuestionnaireInstrument> instruments)
    {
        _instruments = Guard.Against.Null(instruments).ToArray();
        foreach (var instrument in _instruments)
        {
            Guard.Against.Null(instrument, nameof(instruments));
        }

        if (_instruments.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count() != _instruments.Length)
        {
            throw new ArgumentException("Two instruments share a code.", nameof(instruments));
        }

        if (_instruments.Select(i => (i.Role, i.Wave)).Distinct().Count() != _instruments.Length)
        {
            throw new ArgumentException("Two instruments share a role and a wave.", nameof(instruments));
        }
    }

    /// <summary>The instruments, in the order given.</summary>
    public IReadOnlyList<QuestionnaireInstrument> Instruments => _instruments;

    /// <summary>The instrument for a role and a wave.</summary>
    /// <param name="role">The role.</param>
    /// <param name="wave">The wave.</param>
    /// <returns>The instrument, or <see langword="null"/> if the set has none.</returns>
    public QuestionnaireInstrument? Find(RespondentRole role, SurveyWave wave) =>
        Array.Find(_instruments, i => i.Role == role && i.Wave == wave);

    /// <summary>The instrument with a code.</summary>
    /// <param name="code">The code (ordinal).</param>
    /// <returns>The instrument, or <see langword="null"/>.</returns>
    public QuestionnaireInstrument? Find(string code) =>
        Array.Find(_instruments, i => string.Equals(i.Code, code, StringComparison.Ordinal));
}
