using Mentorship.Domain.Matching;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A matching proposal with its explanations, and the versions of the two banks it was computed from (a later
/// order fixing the pairs can send them back to make sure nobody changed the banks in between).
/// </summary>
public sealed record MatchingView(
    string OrganizationId,
    int Year,
    MatchingMode Mode,
    int MenteeBankVersion,
    int MentorBankVersion,
    int MenteeCount,
    int MatchedCount,
    int TotalScore,
    IReadOnlyList<AssignmentView> Assignments,
    IReadOnlyList<AssignmentView> KeptPairs,
    IReadOnlyList<UnmatchedView> Unmatched,
    IReadOnlyList<GroupProposalView> GroupProposals)
{
    internal static MatchingView Of(string organizationId, int year, MatchingResult result, int menteeBankVersion, int mentorBankVersion) => new(
        organizationId,
        year,
        result.Mode,
        menteeBankVersion,
        mentorBankVersion,
        result.MenteeCount,
        result.MatchedCount,
        result.TotalScore,
        result.Assignments.Select(AssignmentView.Of).ToArray(),
        result.KeptPairs.Select(AssignmentView.Of).ToArray(),
        result.Unmatched.Select(u => new UnmatchedView(u.Mentee.Value, u.Reason, u.FullMentors.Select(m => m.Value).ToArray(), u.Message)).ToArray(),
        result.GroupProposals.Select(g => new GroupProposalView(g.Mentor.Value, g.KeyRequest.Value, g.Mentees.Select(m => m.Value).ToArray())).ToArray());
}
