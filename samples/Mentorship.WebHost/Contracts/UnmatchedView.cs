using Mentorship.Domain.Matching;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentee left without a pair, with the reason (they get support while the search goes on).</summary>
public sealed record UnmatchedView(string Mentee, UnmatchedReason Reason, IReadOnlyList<string> FullMentors, string Message);
