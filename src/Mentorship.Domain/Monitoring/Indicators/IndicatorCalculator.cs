using Ardalis.GuardClauses;
using Mentorship.Domain.Monitoring.Facts;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// Computes indicators K1–K14 (domain guide §7 and the regional forms) from <see cref="MonitoringFacts"/> for a scope and a period. Each
/// organisation is computed on its own facts; a municipality is the sum of its organisations' numerators and
/// denominators. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>The period includes both ends; its last day is the "as of" date. A mentee is in a programme on their own
/// days (<see cref="ProgrammeFact.MenteeSpans"/>: from the start or the day they joined a running group, through the day
/// they left or the programme's last day); "in a programme" always means on the mentee's own days.</para>
/// <para>Each indicator is a rule of its own, registered in <see cref="IndicatorCatalog"/> (whose
/// <see cref="IndicatorDefinition.Formula"/> states its numerator and denominator); how each reads the facts:</para>
/// <list type="bullet">
/// <item><description>K1, state on the last day: young teachers employed by the organisation
/// (<see cref="YoungTeacherRule"/>, and those appointed to a post without experience in it when
/// <see cref="MonitoringPolicy.CountsNewPostWithoutExperience"/> is set); counted when in a programme (of any organisation) on the day, or stayed in one
/// to its completion (not ended early; a mentee who left before the closing day did not see it completed).</description></item>
/// <item><description>K2, state on the last day: people in the organisation's mentee bank; counted when their first day in
/// a programme falls between their entry and the last day, or they are in a programme on the last day (a programme they
/// left before the request was made does not serve it).</description></item>
/// <item><description>K3: the organisation's programmes closed in the period; counted when closed as
/// <see cref="ProgrammeClosure.CompletedDone"/>. The closure is the group's: a mentee released from or moved out of a
/// group that goes on closes nothing.</description></item>
/// <item><description>K4: plan items of the organisation's programmes due in the period (not after a programme's
/// closing day); counted when marked done by the last day.</description></item>
/// <item><description>K5: the organisation's programmes active in the period; counted when ended early in the period
/// or with a mentor replaced in the period. A mentee released from a group is not an early termination.</description></item>
/// <item><description>K6, per role: the 1–10 scores of final-wave responses answered in the period; the mean.</description></item>
/// <item><description>K7, per role: for each final-wave response of the period, the scores of the same items in the
/// latest entry-wave response of the same person, programme and role; the mean of final − entry.</description></item>
/// <item><description>K8: the organisation's mentees whose first day in a programme there has its anniversary
/// (<see cref="MonitoringPolicy.RetentionMonths"/>) in the period; counted when employed anywhere on that day.</description></item>
/// <item><description>K9, state on the last day: distinct mentees in the organisation's active programmes that day /
/// distinct mentors leading a programme with at least one mentee that day, leaving out programmes led by a mentor from
/// another organisation (<see cref="ProgrammeFact.ExternalMentors"/>); flags mentors whose individual-form mentees that
/// day (in all organisations) exceed their capacity from the mentor bank, or
/// <see cref="MonitoringPolicy.DefaultMentorCapacity"/>.</description></item>
/// <item><description>K10: educators employed by the organisation on the last day; counted when a mentee or a leading
/// mentor in a programme (of any organisation) active in the period.</description></item>
/// <item><description>K11: mentees in the organisation's programmes on a day of the period; counted with an achievement
/// in the period on or after their own first day in the earliest such programme.</description></item>
/// <item><description>K12: roadmap activities of the organisation with a work item due in the period; counted when
/// every such item was done on or before its due date.</description></item>
/// <item><description>K13, state on the last day: the active mentors (K9's denominator); counted when their agreement
/// for a programme they lead that day states a monthly supplement (<see cref="FixedUnitFact.MonthlyPay"/>).</description></item>
/// <item><description>K14, state on the last day: the active mentors; counted with a training session
/// (<see cref="MentorTrainingFact"/>) in the three years ending that day.</description></item>
/// </list>
/// </remarks>
public static class IndicatorCalculator
{
    private static readonly Indicator[] Indicators = IndicatorCatalog.Indicators;

    /// <summary>The number of results a set holds: one per indicator, one per role for the per-role ones.</summary>
    private static readonly int ResultCount = CountResults();

    /// <summary>Computes the indicators.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="scope">An organisation or a municipality.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="policy">Targets and settings; default <see cref="MonitoringPolicy.Default"/>.</param>
    /// <returns>The indicators; for a municipality with one part per organisation.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static IndicatorSet Compute(MonitoringFacts facts, MonitoringScope scope, DateInterval period, MonitoringPolicy? policy = null)
    {
        Guard.Against.Null(facts);
        Guard.Against.Null(scope);
        Guard.Against.Null(period);
        policy ??= MonitoringPolicy.Default;
        var organizations = scope.Organizations;
        var tallies = new Tally[organizations.Count][][];
        for (var i = 0; i < organizations.Count; i++)
        {
            tallies[i] = ComputeOrganization(new IndicatorContext(facts, organizations[i], period, policy));
        }

        if (!scope.IsMunicipality)
        {
            return new IndicatorSet(scope, period, ToResults(tallies[0], policy), []);
        }

        var parts = new IndicatorSet[organizations.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new IndicatorSet(MonitoringScope.ForOrganization(organizations[i]), period, ToResults(tallies[i], policy), []);
        }

        return new IndicatorSet(scope, period, ToResults(Sum(tallies), policy), parts);
    }

    /// <summary>Every registered indicator counted for one organisation: one tally array per indicator, one tally per role.</summary>
    private static Tally[][] ComputeOrganization(IndicatorContext context)
    {
        var tallies = new Tally[Indicators.Length][];
        for (var k = 0; k < Indicators.Length; k++)
        {
            var own = new Tally[Indicators[k].Roles.Count];
            for (var r = 0; r < own.Length; r++)
            {
                own[r] = new Tally();
            }

            Indicators[k].Count(context, own);
            tallies[k] = own;
        }

        return tallies;
    }

    private static IndicatorResult[] ToResults(Tally[][] tallies, MonitoringPolicy policy)
    {
        var results = new IndicatorResult[ResultCount];
        var n = 0;
        for (var k = 0; k < Indicators.Length; k++)
        {
            var code = Indicators[k].Definition.Code;
            var roles = Indicators[k].Roles;
            var target = policy.TargetOf(code);
            for (var r = 0; r < roles.Count; r++)
            {
                var t = tallies[k][r];
                results[n++] = new IndicatorResult(code, roles[r], t.Numerator, t.Denominator, t.Counted, t.Flagged, target);
            }
        }

        return results;
    }

    private static Tally[][] Sum(Tally[][][] parts)
    {
        var sum = new Tally[Indicators.Length][];
        for (var k = 0; k < sum.Length; k++)
        {
            sum[k] = new Tally[Indicators[k].Roles.Count];
            for (var r = 0; r < sum[k].Length; r++)
            {
                var ofPart = new Tally[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    ofPart[i] = parts[i][k][r];
                }

                sum[k][r] = Tally.Sum(ofPart);
            }
        }

        return sum;
    }

    private static int CountResults()
    {
        var count = 0;
        foreach (var indicator in Indicators)
        {
            count += indicator.Roles.Count;
        }

        return count;
    }
}
