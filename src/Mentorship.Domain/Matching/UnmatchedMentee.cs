using System.Collections.Generic;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>A mentee left without a mentor, and why: they get support while the search goes on.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="Reason">The reason.</param>
/// <param name="FullMentors">
/// For <see cref="UnmatchedReason.AllCapableMentorsFull"/>: the mentors who could take the mentee, all full,
/// in identifier order; otherwise empty.
/// </param>
/// <param name="Message">The reason in Russian, with identifiers only.</param>
public sealed record UnmatchedMentee(EducatorId Mentee, UnmatchedReason Reason, IReadOnlyList<EducatorId> FullMentors, string Message);
