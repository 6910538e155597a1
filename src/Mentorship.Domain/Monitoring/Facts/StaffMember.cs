using System.Collections.Generic;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// One person on an organisation's staff with their employments there and their programmes (in any organisation)
/// resolved once, so that the per-person indicators (K1, K10) read references instead of looking people up.
/// </summary>
internal sealed class StaffMember(EducatorId id, List<EducatorFact> jobs, List<MenteeSpanFact>? asMentee, List<ProgrammeFact>? asMentor)
{
    public EducatorId Id { get; } = id;

    public List<EducatorFact> Jobs { get; } = jobs;

    public List<MenteeSpanFact>? AsMentee { get; } = asMentee;

    public List<ProgrammeFact>? AsMentor { get; } = asMentor;

    /// <summary>The employment covering a date, or <see langword="null"/>.</summary>
    public EducatorFact? JobOn(LocalDate on)
    {
        foreach (var job in Jobs)
        {
            if (job.IsEmployedOn(on))
            {
                return job;
            }
        }

        return null;
    }
}
