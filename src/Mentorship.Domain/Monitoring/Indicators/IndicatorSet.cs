using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.Monitoring.Questionnaires;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// Indicators K1–K14 for a scope and a period, in order (K6 and K7 once per role), and for a municipality the same
/// set for each of its organisations, whose numerators and denominators sum to the municipality's. Immutable.
/// </summary>
public sealed class IndicatorSet
{
    private readonly IndicatorResult[] _results;
    private readonly IndicatorSet[] _parts;

    internal IndicatorSet(MonitoringScope scope, DateInterval period, IndicatorResult[] results, IndicatorSet[] parts)
    {
        Scope = scope;
        Period = period;
        _results = results;
        _parts = parts;
    }

    /// <summary>The scope.</summary>
    public MonitoringScope Scope { get; }

    /// <summary>The period, both ends included; the state-of indicators (K1, K2, K9, K10) are taken on its last day.</summary>
    public DateInterval Period { get; }

    /// <summary>The last day of the period.</summary>
    public LocalDate AsOf => Period.End;

    /// <summary>The results: K1–K5, K6 for mentees, mentors and coordinators, K7 likewise, K8–K14.</summary>
    public IReadOnlyList<IndicatorResult> Results => _results;

    /// <summary>For a municipality, one set per organisation in <see cref="MonitoringScope.Organizations"/> order; otherwise empty.</summary>
    public IReadOnlyList<IndicatorSet> Parts => _parts;

    /// <summary>The result of an indicator.</summary>
    /// <param name="code">The indicator.</param>
    /// <param name="role">The role, required for K6 and K7 and ignored otherwise.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">K6 or K7 without a role.</exception>
    public IndicatorResult Get(IndicatorCode code, RespondentRole? role = null)
    {
        var perRole = IndicatorCatalog.Describe(code).PerRole;
        if (perRole && role is null)
        {
            throw new ArgumentException($"{code} is computed per role: name the role.", nameof(role));
        }

        var wanted = perRole ? role : null;
        return Array.Find(_results, r => r.Code == code && r.Role == wanted)!;
    }

    /// <summary>The result with a text identifier such as <c>K1</c> or <c>K6.mentor</c>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public IndicatorResult? Find(string id)
    {
        Guard.Against.Null(id);
        return Array.Find(_results, r => string.Equals(r.Id, id, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public override string ToString() => $"Indicators for {Scope}, {Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd}";
}
