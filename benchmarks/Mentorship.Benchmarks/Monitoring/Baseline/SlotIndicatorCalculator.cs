using Ardalis.GuardClauses;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Benchmarks.Monitoring.Baseline;

/// <summary>
/// The indicator calculator as it was before each indicator became a named class (commit 60d8cd4), kept verbatim (only
/// its name, namespace and one using made redundant by the benchmarks' implicit usings changed) for side-by-side benchmarks.
/// 
/// Computes indicators K1–K12 (domain guide §7) from <see cref="MonitoringFacts"/> for a scope and a period. Each
/// organisation is computed on its own facts; a municipality is the sum of its organisations' numerators and
/// denominators. Pure and thread-safe.
/// </summary>
/// <remarks>
/// <para>The period includes both ends; its last day is the "as of" date. A mentee is in a programme on their own
/// days (<see cref="ProgrammeFact.MenteeSpans"/>: from the start or the day they joined a running group, through the day
/// they left or the programme's last day); "in a programme" below always means on the mentee's own days. How each
/// indicator reads it:</para>
/// <list type="bullet">
/// <item><description>K1, state on the last day: young teachers employed by the organisation
/// (<see cref="YoungTeacherRule"/>); counted when in a programme (of any organisation) on the day, or stayed in one
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
/// or with a mentor replaced in the period. A mentee released from a group (or moved to another) is not an early
/// termination: the domain guide defines K5 over pairs and groups, and the group has not ended; the release shows in
/// the indicators that count the mentee (K1, K2, K9, K10, K11).</description></item>
/// <item><description>K6, per role: the 1–10 scores of final-wave responses answered in the period; the mean.</description></item>
/// <item><description>K7, per role: for each final-wave response of the period, the scores of the same items in the
/// latest entry-wave response of the same person, programme and role; the mean of final − entry.</description></item>
/// <item><description>K8: the organisation's mentees whose first day in a programme there (their own: the day a late
/// joiner joined) has its anniversary (<see cref="MonitoringPolicy.RetentionMonths"/>) in the period; counted when
/// employed anywhere on that day.</description></item>
/// <item><description>K9, state on the last day: distinct mentees in the organisation's active programmes that day /
/// distinct mentors leading a programme with at least one mentee that day; flags mentors whose individual-form mentees
/// that day (in all organisations) exceed their capacity
/// from the mentor bank, or <see cref="MonitoringPolicy.DefaultMentorCapacity"/>. A programme led that day by a mentor
/// from another organisation (<see cref="ProgrammeFact.ExternalMentors"/>) is left out: K9 is the load of the
/// organisation's own mentors; the external mentor's load shows in their own organisation.</description></item>
/// <item><description>K10: educators employed by the organisation on the last day; counted when a mentee or a leading
/// mentor in a programme (of any organisation) active in the period.</description></item>
/// <item><description>K11: mentees in the organisation's programmes on a day of the period; counted with an achievement
/// in the period on or after their own first day in the earliest such programme.</description></item>
/// <item><description>K12: roadmap activities of the organisation with a work item due in the period; counted when
/// every such item was done on or before its due date.</description></item>
/// </list>
/// </remarks>
internal static class SlotIndicatorCalculator
{
    private static readonly (IndicatorCode Code, RespondentRole? Role)[] Slots =
    [
        (IndicatorCode.K1, null), (IndicatorCode.K2, null), (IndicatorCode.K3, null), (IndicatorCode.K4, null), (IndicatorCode.K5, null),
        (IndicatorCode.K6, RespondentRole.Mentee), (IndicatorCode.K6, RespondentRole.Mentor), (IndicatorCode.K6, RespondentRole.Coordinator),
        (IndicatorCode.K7, RespondentRole.Mentee), (IndicatorCode.K7, RespondentRole.Mentor), (IndicatorCode.K7, RespondentRole.Coordinator),
        (IndicatorCode.K8, null), (IndicatorCode.K9, null), (IndicatorCode.K10, null), (IndicatorCode.K11, null), (IndicatorCode.K12, null),
    ];

    private const int K1 = 0, K2 = 1, K3 = 2, K4 = 3, K5 = 4, K6 = 5, K7 = 8, K8 = 11, K9 = 12, K10 = 13, K11 = 14, K12 = 15;

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
        var tallies = new Tally[organizations.Count][];
        for (var i = 0; i < organizations.Count; i++)
        {
            tallies[i] = ComputeOrganization(facts, organizations[i], period, policy);
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

    private static IndicatorResult[] ToResults(Tally[] tallies, MonitoringPolicy policy)
    {
        var results = new IndicatorResult[Slots.Length];
        for (var i = 0; i < Slots.Length; i++)
        {
            var (code, role) = Slots[i];
            var t = tallies[i];
            results[i] = new IndicatorResult(code, role, t.Numerator, t.Denominator, t.Counted, t.Flagged, policy.TargetOf(code));
        }

        return results;
    }

    private static Tally[] Sum(Tally[][] parts)
    {
        var sum = new Tally[Slots.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = Tally.Sum(System.Array.ConvertAll(parts, p => p[i]));
        }

        return sum;
    }

    private static Tally[] NewTallies()
    {
        var tallies = new Tally[Slots.Length];
        for (var i = 0; i < tallies.Length; i++)
        {
            tallies[i] = new Tally();
        }

        return tallies;
    }

    private static Tally[] ComputeOrganization(MonitoringFacts facts, OrganizationId organization, DateInterval period, MonitoringPolicy policy)
    {
        var o = facts.Of(organization);
        var t = NewTallies();
        var asOf = period.End;
        YoungTeacherCoverage(o, asOf, t[K1]);
        BankCoverage(o, asOf, t[K2]);
        ProgrammeCounts(o, period, t[K3], t[K5]);
        PlanExecution(o, period, t[K4]);
        Questionnaires(facts, o, period, t);
        Retention(facts, o, period, policy, t[K8]);
        MentorLoad(facts, o, asOf, policy, t[K9]);
        Involvement(o, period, t[K10]);
        Growth(facts, o, period, t[K11]);
        RoadmapExecution(organization, o, period, t[K12]);
        return t;
    }

    private static void YoungTeacherCoverage(OrganizationFacts o, LocalDate asOf, Tally t)
    {
        foreach (var person in o.Staff)
        {
            if (person.JobOn(asOf) is not { } job || !YoungTeacherRule.Applies(job.YoungTeacherThrough, asOf))
            {
                continue;
            }

            t.Denominator++;
            if (person.AsMentee is { } programmes && CoversYoungTeacher(programmes, asOf))
            {
                t.Count(person.Id.Value);
            }
        }
    }

    private static void BankCoverage(OrganizationFacts o, LocalDate asOf, Tally t)
    {
        foreach (var member in o.BankMembers)
        {
            // The earliest entry among the spans in force on the day.
            LocalDate? from = null;
            foreach (var span in member.Spans)
            {
                if (span.IsInBankOn(asOf) && (from is null || span.From < from))
                {
                    from = span.From;
                }
            }

            if (from is not { } enteredOn)
            {
                continue;
            }

            t.Denominator++;
            if (member.Programmes is { } programmes && ServesBankEntry(programmes, enteredOn, asOf))
            {
                t.Count(member.Id.Value);
            }
        }
    }

    private static void ProgrammeCounts(OrganizationFacts o, DateInterval period, Tally k3, Tally k5)
    {
        foreach (var p in o.Programmes)
        {
            var closedInPeriod = p.ClosedOn is { } closed && period.Contains(closed);
            if (closedInPeriod)
            {
                k3.Denominator++;
                if (p.Closure == ProgrammeClosure.CompletedDone)
                {
                    k3.Count(p.Id);
                }
            }

            if (!p.IsActiveDuring(period))
            {
                continue;
            }

            k5.Denominator++;
            var endedEarly = closedInPeriod && p.Closure == ProgrammeClosure.EndedEarly;
            var replaced = false;
            foreach (var r in p.ReplacementArray)
            {
                replaced |= period.Contains(r.On);
            }

            if (endedEarly || replaced)
            {
                k5.Count(p.Id);
            }
        }
    }

    private static void PlanExecution(OrganizationFacts o, DateInterval period, Tally t)
    {
        var asOf = period.End;
        foreach (var p in o.Programmes)
        {
            // A programme closed before the period has no item left to count: items after its closing day are out.
            if (p.ClosedOn is { } closedBefore && closedBefore < period.Start)
            {
                continue;
            }

            foreach (var item in p.PlanArray)
            {
                if (!period.Contains(item.Due) || (p.ClosedOn is { } closed && item.Due > closed))
                {
                    continue;
                }

                t.Denominator++;
                if (item.DoneOn is { } done && done <= asOf)
                {
                    t.Count(p.Id, item.Id);
                }
            }
        }
    }

    private static void Questionnaires(MonitoringFacts facts, OrganizationFacts o, DateInterval period, Tally[] t)
    {
        var responses = o.Responses;
        for (var i = o.FirstResponseOnOrAfter(period.Start); i < responses.Count && responses[i].AnsweredOn <= period.End; i++)
        {
            var r = responses[i];
            if (r.Wave != SurveyWave.Final || r.ScaleAnswerCount == 0)
            {
                continue;
            }

            var role = (int)r.Role - 1;
            var k6 = t[K6 + role];
            var scores = r.ScaleScores;
            foreach (var score in scores)
            {
                k6.Numerator += score;
            }

            k6.Denominator += scores.Length;
            k6.Counted.Add(r.Id);
            if (!facts.EntryResponses.TryGetValue(new ResponseKey(r.ProgrammeId, r.Respondent, r.Role), out var entry) || entry.AnsweredOn > r.AnsweredOn)
            {
                continue;
            }

            var k7 = t[K7 + role];
            var matched = false;
            var codes = r.ScaleCodes;
            var entryCodes = entry.ScaleCodes;
            for (var a = 0; a < codes.Length; a++)
            {
                for (var j = 0; j < entryCodes.Length; j++)
                {
                    // Codes of one form are shared strings, so the reference check settles most comparisons.
                    if (ReferenceEquals(entryCodes[j], codes[a]) || string.Equals(entryCodes[j], codes[a], System.StringComparison.Ordinal))
                    {
                        k7.Numerator += scores[a] - entry.ScaleScores[j];
                        k7.Denominator++;
                        matched = true;
                        break;
                    }
                }
            }

            if (matched)
            {
                k7.Counted.Add(r.Id);
            }
        }
    }

    private static void Retention(MonitoringFacts facts, OrganizationFacts o, DateInterval period, MonitoringPolicy policy, Tally t)
    {
        var order = new List<EducatorId>();
        var firstStart = new Dictionary<EducatorId, LocalDate>();
        foreach (var p in o.Programmes)
        {
            if (p.Start > period.End)
            {
                continue;
            }

            foreach (var e in p.EnrolmentArray)
            {
                if (e.From > period.End)
                {
                    continue;
                }

                var m = e.Mentee;
                if (!firstStart.TryGetValue(m, out var start))
                {
                    order.Add(m);
                    firstStart.Add(m, e.From);
                }
                else if (e.From < start)
                {
                    firstStart[m] = e.From;
                }
            }
        }

        foreach (var mentee in order)
        {
            var anniversary = firstStart[mentee].PlusMonths(policy.RetentionMonths);
            if (!period.Contains(anniversary))
            {
                continue;
            }

            t.Denominator++;
            if (facts.EmploymentsByEducator.TryGetValue(mentee, out var jobs) && IsEmployedOn(jobs, anniversary))
            {
                t.Count(mentee.Value);
            }
        }
    }

    private static void MentorLoad(MonitoringFacts facts, OrganizationFacts o, LocalDate asOf, MonitoringPolicy policy, Tally t)
    {
        var mentees = new HashSet<EducatorId>();
        var mentors = new HashSet<EducatorId>();
        var mentorOrder = new List<EducatorId>();
        foreach (var p in o.Programmes)
        {
            var mentor = p.MentorOn(asOf);
            if (!p.IsActiveOn(asOf) || p.IsExternalMentor(mentor))
            {
                continue;
            }

            var anyMentee = false;
            foreach (var e in p.EnrolmentArray)
            {
                if (!e.IsOn(asOf))
                {
                    continue;
                }

                anyMentee = true;
                if (mentees.Add(e.Mentee))
                {
                    t.Count(e.Mentee.Value);
                }
            }

            if (anyMentee && mentors.Add(mentor))
            {
                mentorOrder.Add(mentor);
            }
        }

        t.Denominator = mentors.Count;
        foreach (var mentor in mentorOrder)
        {
            var load = 0;
            foreach (var q in facts.ProgrammesByMentor[mentor])
            {
                if (q.IsIndividualForm && q.IsActiveOn(asOf) && q.MentorOn(asOf) == mentor)
                {
                    foreach (var e in q.EnrolmentArray)
                    {
                        load += e.IsOn(asOf) ? 1 : 0;
                    }
                }
            }

            if (load > CapacityOn(facts, mentor, asOf, policy))
            {
                t.Flagged.Add(mentor.Value);
            }
        }
    }

    private static int CapacityOn(MonitoringFacts facts, EducatorId mentor, LocalDate asOf, MonitoringPolicy policy)
    {
        var capacity = 0;
        if (facts.MentorBankByMentor.TryGetValue(mentor, out var entries))
        {
            foreach (var b in entries)
            {
                if (b.IsInBankOn(asOf) && b.Capacity > capacity)
                {
                    capacity = b.Capacity;
                }
            }
        }

        return capacity == 0 ? policy.DefaultMentorCapacity : capacity;
    }

    private static void Involvement(OrganizationFacts o, DateInterval period, Tally t)
    {
        var asOf = period.End;
        foreach (var person in o.Staff)
        {
            if (person.JobOn(asOf) is null)
            {
                continue;
            }

            t.Denominator++;
            var involved =
                (person.AsMentee is { } asMentee && AnyActiveDuring(asMentee, period))
                || (person.AsMentor is { } asMentor && AnyLedDuring(asMentor, person.Id, period));
            if (involved)
            {
                t.Count(person.Id.Value);
            }
        }
    }

    private static void Growth(MonitoringFacts facts, OrganizationFacts o, DateInterval period, Tally t)
    {
        var order = new List<EducatorId>();
        var earliest = new Dictionary<EducatorId, LocalDate>();
        foreach (var p in o.Programmes)
        {
            if (!p.IsActiveDuring(period))
            {
                continue;
            }

            foreach (var e in p.EnrolmentArray)
            {
                if (!e.IsDuring(period.Start, period.End))
                {
                    continue;
                }

                var m = e.Mentee;
                if (!earliest.TryGetValue(m, out var start))
                {
                    order.Add(m);
                    earliest.Add(m, e.From);
                }
                else if (e.From < start)
                {
                    earliest[m] = e.From;
                }
            }
        }

        foreach (var mentee in order)
        {
            t.Denominator++;
            var from = earliest[mentee] > period.Start ? earliest[mentee] : period.Start;
            if (facts.AchievementsByEducator.TryGetValue(mentee, out var achievements) && AnyAchievementIn(achievements, from, period.End))
            {
                t.Count(mentee.Value);
            }
        }
    }

    private static void RoadmapExecution(OrganizationId organization, OrganizationFacts o, DateInterval period, Tally t)
    {
        var order = new List<string>();
        var onTime = new Dictionary<string, bool>(System.StringComparer.Ordinal);
        foreach (var item in o.RoadmapItems)
        {
            if (!period.Contains(item.Due))
            {
                continue;
            }

            var done = item.DoneOn is { } d && d <= item.Due;
            if (onTime.TryGetValue(item.Activity, out var sofar))
            {
                onTime[item.Activity] = sofar && done;
            }
            else
            {
                order.Add(item.Activity);
                onTime.Add(item.Activity, done);
            }
        }

        foreach (var activity in order)
        {
            t.Denominator++;
            if (onTime[activity])
            {
                t.Count(organization.Value, activity);
            }
        }
    }

    // Loops rather than List.Exists with a lambda: a capturing lambda allocates per call, and these run per person.
    private static bool CoversYoungTeacher(List<MenteeSpanFact> programmes, LocalDate asOf)
    {
        foreach (var e in programmes)
        {
            // In the programme on the day, or stayed in it to a closing that was not early.
            if (e.From <= asOf && (e.LastDay is not { } last || last >= asOf || (!e.Left && e.Programme.Closure != ProgrammeClosure.EndedEarly)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ServesBankEntry(List<MenteeSpanFact> programmes, LocalDate enteredOn, LocalDate asOf)
    {
        foreach (var e in programmes)
        {
            if (e.From <= asOf && (e.From >= enteredOn || e.IsOn(asOf)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEmployedOn(List<EducatorFact> jobs, LocalDate on)
    {
        foreach (var j in jobs)
        {
            if (j.IsEmployedOn(on))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyActiveDuring(List<MenteeSpanFact> programmes, DateInterval period)
    {
        foreach (var e in programmes)
        {
            if (e.IsDuring(period.Start, period.End))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyLedDuring(List<ProgrammeFact> programmes, EducatorId mentor, DateInterval period)
    {
        foreach (var p in programmes)
        {
            if (p.WasLedByDuring(mentor, period.Start, period.End))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyAchievementIn(List<AchievementFact> achievements, LocalDate from, LocalDate to)
    {
        foreach (var a in achievements)
        {
            if (a.On >= from && a.On <= to)
            {
                return true;
            }
        }

        return false;
    }
}
