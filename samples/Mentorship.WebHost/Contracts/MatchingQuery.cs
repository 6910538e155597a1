using Mentorship.Domain.Matching;

namespace Mentorship.WebHost.Contracts;

/// <summary>How to match: the mode (optimal by default, or stable), a minimum score, whether to propose groups.</summary>
public sealed record MatchingQuery(MatchingMode? Mode, int? MinimumScore, bool? Groups);
