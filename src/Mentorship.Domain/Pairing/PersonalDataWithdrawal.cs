using System.Collections.Generic;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// What a withdrawal of consent to personal-data processing did in a pairing register. It names the units and the
/// other mentees affected, never the person who withdrew.
/// </summary>
/// <param name="EndedUnits">Fixed or active units that ended on the day.</param>
/// <param name="CancelledUnits">Units not yet fixed that were dropped.</param>
/// <param name="GroupsLeft">Groups the person left while they go on.</param>
/// <param name="MenteesWithoutPair">Other mentees whose pair or group ended: they need support and a continued search.</param>
public sealed record PersonalDataWithdrawal(
    IReadOnlyList<MentoringUnitId> EndedUnits,
    IReadOnlyList<MentoringUnitId> CancelledUnits,
    IReadOnlyList<MentoringUnitId> GroupsLeft,
    IReadOnlyList<EducatorId> MenteesWithoutPair);
