using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// The settings of monitoring: targets per indicator, the capacity assumed for a mentor absent from the mentor bank,
/// and the retention horizon of K8. Immutable; the <c>With…</c> methods return changed copies.
/// </summary>
public sealed class MonitoringPolicy
{
    private readonly Dictionary<IndicatorCode, IndicatorTarget> _targets;

    private MonitoringPolicy(Dictionary<IndicatorCode, IndicatorTarget> targets, int defaultMentorCapacity, int retentionMonths, bool countsNewPost = true)
    {
        _targets = targets;
        DefaultMentorCapacity = defaultMentorCapacity;
        RetentionMonths = retentionMonths;
        CountsNewPostWithoutExperience = countsNewPost;
    }

    /// <summary>K1 at least 70 % (the national project's target); capacity 2; retention checked after 12 months; K1 counts appointments to a post without experience.</summary>
    public static MonitoringPolicy Default { get; } = new(
        new Dictionary<IndicatorCode, IndicatorTarget> { [IndicatorCode.K1] = IndicatorTarget.FederalYoungTeacherCoverage },
        2,
        12);

    /// <summary>Mentees at once in individual forms for a mentor the mentor bank does not list (domain guide §3: 2).</summary>
    public int DefaultMentorCapacity { get; }

    /// <summary>After how many months of a mentee's first programme K8 checks employment (12).</summary>
    public int RetentionMonths { get; }

    /// <summary>
    /// Whether K1 counts as young teachers those appointed, less than the policy's years ago, to a post they had no
    /// experience in (the second branch of the young-specialist definition schools' own acts use;
    /// <see cref="Facts.EducatorFact.NewPostWithoutExperience"/>). Default <see langword="true"/>, as schools read it;
    /// <see langword="false"/> keeps K1 to age and teaching years, closer to the national project's indicator.
    /// </summary>
    public bool CountsNewPostWithoutExperience { get; }

    /// <summary>The targets by indicator.</summary>
    public IReadOnlyDictionary<IndicatorCode, IndicatorTarget> Targets => _targets;

    /// <summary>The target of an indicator.</summary>
    /// <param name="code">The indicator.</param>
    /// <returns>The target, or <see langword="null"/>.</returns>
    public IndicatorTarget? TargetOf(IndicatorCode code) => _targets.TryGetValue(code, out var t) ? t : null;

    /// <summary>A copy with a target for an indicator (for K6 and K7 it applies to every role).</summary>
    /// <param name="code">The indicator.</param>
    /// <param name="target">The target.</param>
    /// <returns>The changed copy.</returns>
    public MonitoringPolicy WithTarget(IndicatorCode code, IndicatorTarget target)
    {
        Guard.Against.EnumOutOfRange(code);
        Guard.Against.Null(target);
        return new(new Dictionary<IndicatorCode, IndicatorTarget>(_targets) { [code] = target }, DefaultMentorCapacity, RetentionMonths, CountsNewPostWithoutExperience);
    }

    /// <summary>A copy without a target for an indicator.</summary>
    /// <param name="code">The indicator.</param>
    /// <returns>The changed copy.</returns>
    public MonitoringPolicy WithoutTarget(IndicatorCode code)
    {
        var copy = new Dictionary<IndicatorCode, IndicatorTarget>(_targets);
        copy.Remove(code);
        return new(copy, DefaultMentorCapacity, RetentionMonths, CountsNewPostWithoutExperience);
    }

    /// <summary>A copy with another default mentor capacity.</summary>
    /// <param name="capacity">At least 1.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1.</exception>
    public MonitoringPolicy WithDefaultMentorCapacity(int capacity) =>
        new(_targets, Guard.Against.NegativeOrZero(capacity), RetentionMonths, CountsNewPostWithoutExperience);

    /// <summary>A copy with another retention horizon.</summary>
    /// <param name="months">1 to 60.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="months"/> is outside 1–60.</exception>
    public MonitoringPolicy WithRetentionMonths(int months) =>
        new(_targets, DefaultMentorCapacity, Guard.Against.OutOfRange(months, nameof(months), 1, 60), CountsNewPostWithoutExperience);

    /// <summary>A copy that counts (or not) in K1 those appointed to a post without experience in it.</summary>
    /// <param name="counts">Whether they count.</param>
    /// <returns>The changed copy.</returns>
    public MonitoringPolicy WithNewPostWithoutExperience(bool counts) => new(_targets, DefaultMentorCapacity, RetentionMonths, counts);
}
