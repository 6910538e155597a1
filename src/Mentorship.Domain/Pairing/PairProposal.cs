using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A pair or group to propose, as plain data: who mentors whom, in which form, for which period. The register checks
/// it (<see cref="PairingRegister.Propose"/>); nothing is validated here.
/// </summary>
/// <param name="Mentor">The mentor.</param>
/// <param name="Mentees">One mentee for a pair; two or more for a group.</param>
/// <param name="Form">The organisational form.</param>
/// <param name="Period">The programme period, both ends included (3–12 months, or acknowledged).</param>
/// <param name="Participants">The form by participants; educator – educator by default.</param>
/// <param name="Variant">The variant of the educator – educator form, if stated.</param>
/// <param name="Topics">The requests the unit addresses, key request first; optional.</param>
/// <param name="Source">Where the proposal came from.</param>
/// <param name="MatchScore">The matching score of the pair, when it came from a matching.</param>
/// <param name="AcknowledgedWarnings">Codes of <see cref="PairingWarning"/>s the caller has seen and accepts.</param>
/// <param name="MentorOrganizationId">
/// The mentor's organisation when it is another one than the register's (virtual form; the register must know the
/// mentor from it, see <see cref="PairingRegister.RegisterExternalMentor"/>); <see langword="null"/> to take what the
/// register knows.
/// </param>
public sealed record PairProposal(
    EducatorId Mentor,
    IReadOnlyList<EducatorId> Mentees,
    MentorshipForm Form,
    DateInterval Period,
    ParticipantsForm Participants = ParticipantsForm.EducatorToEducator,
    EducatorPairVariant? Variant = null,
    IReadOnlyList<TopicCode>? Topics = null,
    ProposalSource Source = ProposalSource.ByHand,
    int? MatchScore = null,
    IReadOnlyList<string>? AcknowledgedWarnings = null,
    OrganizationId? MentorOrganizationId = null)
{
    /// <summary>A one-to-one pair proposed by hand.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="period">The programme period.</param>
    /// <param name="form">The form; individual by default.</param>
    /// <returns>The proposal.</returns>
    public static PairProposal Pair(EducatorId mentor, EducatorId mentee, DateInterval period, MentorshipForm form = MentorshipForm.Individual) =>
        new(mentor, [mentee], form, Guard.Against.Null(period));

    /// <summary>A group proposed by hand.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentees">The mentees.</param>
    /// <param name="period">The programme period.</param>
    /// <returns>The proposal.</returns>
    public static PairProposal Group(EducatorId mentor, IEnumerable<EducatorId> mentees, DateInterval period) =>
        new(mentor, Guard.Against.Null(mentees).ToArray(), MentorshipForm.Group, Guard.Against.Null(period));

    /// <summary>
    /// The proposals a matching result gives: one pair per new assignment, in the result's order (mentor, then
    /// mentee); with <paramref name="useGroupProposals"/>, the result's group proposals become groups instead of
    /// their pairs. Kept pairs are already in place and give nothing. A pair whose mentor works in another organisation
    /// than the mentee (a network matching) becomes a pair in the virtual form stating the mentor's organisation, and a
    /// group proposal with such a mentor stays as its pairs: only the virtual form allows a mentor from elsewhere.
    /// </summary>
    /// <param name="result">The matching result.</param>
    /// <param name="period">The programme period of every proposal.</param>
    /// <param name="form">The form of the pairs; individual by default.</param>
    /// <param name="useGroupProposals">Whether to turn the result's group proposals into groups.</param>
    /// <returns>The proposals.</returns>
    public static IReadOnlyList<PairProposal> FromMatching(
        MatchingResult result, DateInterval period, MentorshipForm form = MentorshipForm.Individual, bool useGroupProposals = false)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(period);
        var proposals = new List<PairProposal>();
        var grouped = new HashSet<EducatorId>();
        if (useGroupProposals)
        {
            foreach (var group in result.GroupProposals.Where(g => g.Mentees.All(m => OtherOrganization(result, g.Mentor, m) is null)))
            {
                proposals.Add(new PairProposal(
                    group.Mentor, group.Mentees.ToArray(), MentorshipForm.Group, period, Topics: [group.KeyRequest], Source: ProposalSource.Matching));
                grouped.UnionWith(group.Mentees);
            }
        }

        foreach (var a in result.Assignments.Where(a => !grouped.Contains(a.Mentee)))
        {
            var topics = a.Breakdown.Covered.Select(c => c.Topic).ToArray();
            var other = OtherOrganization(result, a.Mentor, a.Mentee);
            proposals.Add(new PairProposal(
                a.Mentor, [a.Mentee], other is null ? form : MentorshipForm.Virtual, period, Topics: topics, Source: ProposalSource.Matching, MatchScore: a.Score, MentorOrganizationId: other));
        }

        return proposals;
    }

    /// <summary>The mentor's organisation when it differs from the mentee's in the matching problem, else <see langword="null"/>.</summary>
    private static OrganizationId? OtherOrganization(MatchingResult result, EducatorId mentor, EducatorId mentee) =>
        result.Problem.FindMentor(mentor) is { } m && result.Problem.FindMentee(mentee) is { } e && m.OrganizationId != e.OrganizationId ? m.OrganizationId : null;
}
