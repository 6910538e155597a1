using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// One indicator computed for a scope and a period: numerator, denominator, value, what it counted (drill-down), what
/// it flagged, and its target if it has one. Immutable.
/// </summary>
/// <remarks>
/// <see cref="Counted"/> lists, for a share, exactly the numerator's identifiers (its length equals
/// <see cref="Numerator"/>); for a mean or a change, the responses whose scores were used; for the mentor load (K9),
/// the active mentees. A municipality's lists are its organisations' lists one after another, so a person counted by
/// two organisations appears twice.
/// </remarks>
public sealed class IndicatorResult
{
    internal IndicatorResult(
        IndicatorCode code,
        RespondentRole? role,
        long numerator,
        long denominator,
        IReadOnlyList<string> counted,
        IReadOnlyList<string> flagged,
        IndicatorTarget? target)
    {
        Code = code;
        Role = role;
        Kind = IndicatorCatalog.Describe(code).Kind;
        Numerator = numerator;
        Denominator = denominator;
        Value = IndicatorValue.Of(Kind, numerator, denominator);
        Counted = counted;
        Flagged = flagged;
        Target = target;
        TargetStatus = target is null ? TargetStatus.NoTarget : target.Judge(Kind, numerator, denominator);
    }

    /// <summary>The indicator.</summary>
    public IndicatorCode Code { get; }

    /// <summary>The respondents' role for the per-role indicators K6 and K7; otherwise <see langword="null"/>.</summary>
    public RespondentRole? Role { get; }

    /// <summary>A stable text identifier: <c>K1</c> … <c>K14</c>, with the role for K6 and K7 (<c>K6.mentee</c>).</summary>
    public string Id => Role is { } role ? $"{Code}.{RoleCode(role)}" : Code.ToString();

    /// <summary>What the numerator and denominator are.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>The numerator.</summary>
    public long Numerator { get; }

    /// <summary>The denominator.</summary>
    public long Denominator { get; }

    /// <summary>The value, or no data when the denominator is zero.</summary>
    public IndicatorValue Value { get; }

    /// <summary>The identifiers counted (see the remarks).</summary>
    public IReadOnlyList<string> Counted { get; }

    /// <summary>Identifiers flagged for attention: the mentors over their capacity for K9; empty for the others.</summary>
    public IReadOnlyList<string> Flagged { get; }

    /// <summary>The target, or <see langword="null"/>.</summary>
    public IndicatorTarget? Target { get; }

    /// <summary>Whether the target is met.</summary>
    public TargetStatus TargetStatus { get; }

    /// <summary>The lower-case code of a role used in <see cref="Id"/>.</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>mentee</c>, <c>mentor</c> or <c>coordinator</c>.</returns>
    public static string RoleCode(RespondentRole role) => role switch
    {
        RespondentRole.Mentee => "mentee",
        RespondentRole.Mentor => "mentor",
        _ => "coordinator",
    };

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Numerator}/{Denominator} = {Value}";
}
