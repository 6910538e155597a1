using System.Collections.Generic;
using Mentorship.Domain.Matching;

namespace Mentorship.Domain.Pairing.Support;

/// <summary>What a run of the continued search proposes: the matcher's explained result and the proposals it gives.</summary>
/// <param name="Result">The matching result (pairs in place kept; the mentees still unmatched with their reasons).</param>
/// <param name="Proposals">The new pairs to propose in the register.</param>
public sealed record RematchProposal(MatchingResult Result, IReadOnlyList<PairProposal> Proposals);
