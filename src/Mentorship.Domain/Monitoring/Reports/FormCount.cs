using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring.Reports;

/// <summary>How many pairs and groups of one form were active in a period.</summary>
/// <param name="Form">The form.</param>
/// <param name="Pairs">Pairs (one mentee).</param>
/// <param name="Groups">Groups (two or more mentees).</param>
public sealed record FormCount(MentorshipForm Form, int Pairs, int Groups);
