using System.Collections.Generic;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>
/// A proposal to run some of a mentor's new pairs as one group (групповая форма): the mentees share the key
/// request and the mentor accepts the group form. The pairs themselves are unchanged.
/// </summary>
/// <param name="Mentor">The mentor.</param>
/// <param name="KeyRequest">The key request the mentees share.</param>
/// <param name="Mentees">Two or more mentees, in identifier order.</param>
public sealed record GroupProposal(EducatorId Mentor, TopicCode KeyRequest, IReadOnlyList<EducatorId> Mentees);
