using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Banks;
using Mentorship.Domain.Banks.Events;
using Mentorship.Domain.Common;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Support;

/// <summary>
/// The continued search for mentors of mentees left without a pair (roadmap item 2.4): when a place frees up or a new
/// mentor comes, the matcher runs again over the register's pairs and groups kept in place, and proposes pairs for
/// the rest.
/// </summary>
/// <remarks>
/// The seam with the matcher is <see cref="Propose"/>: it takes the host's <see cref="MatchingProblem"/> (e.g.
/// <see cref="MatchingProblem.FromBanks(MenteeBank, MentorBank, IEnumerable{ExistingPair}?, MatchingPolicy?)"/>) and
/// rewrites it against the register for the new period: mentees already in a unit during the period are kept with
/// their mentors (or left out when the mentor is not in the problem), and each mentor offers the places free on every
/// day of the period by the register (the lower of the bank's and the register's capacity, minus the peak load; a
/// group takes its policy's places, whatever its size).
/// </remarks>
public static class ContinuedSearch
{
    /// <summary>Runs the matcher for the mentees without a unit during a period, with the register's units kept.</summary>
    /// <param name="register">The register.</param>
    /// <param name="problem">The host's problem: mentees and mentors with their requests and competencies.</param>
    /// <param name="period">The period of the new pairs.</param>
    /// <param name="form">The form of the new pairs; individual by default.</param>
    /// <returns>The explained result and the proposals for <see cref="PairingRegister.Propose"/>.</returns>
    public static RematchProposal Propose(PairingRegister register, MatchingProblem problem, DateInterval period, MentorshipForm form = MentorshipForm.Individual)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(problem);
        Guard.Against.Null(period);
        var running = register.Units
            .Where(u => u.Span is { } span && span.Start <= period.End && period.Start <= span.End)
            .ToArray();
        var mentorIds = new HashSet<EducatorId>(problem.Mentors.Select(m => m.Id));
        bool InUnitDuring(MentoringUnit u, EducatorId m) => u.MenteeSpan(m) is { } span && span.Start <= period.End && period.Start <= span.End;
        var kept = running
            .Where(u => mentorIds.Contains(u.Mentor))
            .SelectMany(u => u.Mentees.Where(m => problem.FindMentee(m) is not null && InUnitDuring(u, m)).Select(m => new ExistingPair(u.Mentor, m)))
            .GroupBy(p => p.Mentee)
            .Select(g => g.First())
            .ToArray();
        var inUnits = new HashSet<EducatorId>(running.SelectMany(u => u.Mentees.Concat(u.DepartedMentees).Where(m => InUnitDuring(u, m))));
        var keptMentees = new HashSet<EducatorId>(kept.Select(p => p.Mentee));
        var mentees = problem.Mentees.Where(m => !inUnits.Contains(m.Id) || keptMentees.Contains(m.Id));
        var mentors = problem.Mentors.Select(m =>
        {
            // A mentor of another organisation offers places only once the register knows their capacity explicitly.
            var capacity = m.OrganizationId == register.OrganizationId || register.ExternalOrganizationOf(m.Id) == m.OrganizationId
                ? Math.Min(m.Capacity, register.CapacityOf(m.Id))
                : 0;
            var free = Math.Max(0, capacity - register.PeakLoad(m.Id, period));
            var places = free + kept.Count(p => p.Mentor == m.Id);
            return new MatchingMentor(m.Id, m.OrganizationId, m.Competencies, places, m.Subjects, m.PreferredMentees, m.AcceptsGroups);
        });
        var rewritten = new MatchingProblem(mentees, mentors, problem.Policy.WithKeepExistingPairs(true), kept);
        var result = rewritten.Solve();
        return new RematchProposal(result, PairProposal.FromMatching(result, period, form));
    }

    /// <summary>The mentees, of those given, who are in no pair or group on a day.</summary>
    /// <param name="register">The register.</param>
    /// <param name="mentees">The mentees to look at (e.g. the mentee bank's).</param>
    /// <param name="on">The day.</param>
    /// <returns>The mentees without a unit, in identifier order.</returns>
    public static IReadOnlyList<EducatorId> UnpairedOn(PairingRegister register, IEnumerable<EducatorId> mentees, LocalDate on)
    {
        Guard.Against.Null(register);
        return Guard.Against.Null(mentees).Distinct().Where(m => register.UnitOfMenteeOn(m, on) is null).OrderBy(m => m).ToArray();
    }

    /// <summary>
    /// Whether an event calls for a run of the search: a mentor's place freed (<see cref="MentorPlaceFreed"/>), a new
    /// mentor in the bank (<see cref="PersonAdmitted"/> of the mentor bank), a mentor of another organisation
    /// registered (<see cref="ExternalMentorRegistered"/>), or a mentor's capacity changed.
    /// </summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns><see langword="true"/> for a trigger.</returns>
    public static bool IsTrigger(DomainEvent domainEvent) => Guard.Against.Null(domainEvent) switch
    {
        MentorPlaceFreed => true,
        PersonAdmitted { Kind: BankKind.Mentor } => true,
        MentorCapacityChanged => true,
        MentorCapacitySet => true,
        ExternalMentorRegistered => true,
        _ => false,
    };

    /// <summary>The cause of being without a pair that a matcher's reason gives.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The cause.</returns>
    public static UnpairedCause CauseOf(UnmatchedReason reason) => reason switch
    {
        UnmatchedReason.NoMentorCoversRequests => UnpairedCause.NoMentorCoversRequests,
        UnmatchedReason.NoEligibleMentor => UnpairedCause.NoEligibleMentor,
        _ => UnpairedCause.AllCapableMentorsFull,
    };
}
