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
/// <param name="Pseudonym">
/// The identifier that replaced the person in the register (<c>anonymous-N</c>), or <see langword="null"/> when the
/// register did not hold them; a host puts it in place of the person where counts must still pair up (questionnaire
/// responses: <see cref="Monitoring.Questionnaires.QuestionnaireResponse.WithRespondentErased"/>), and keeps no link to the person.
/// </param>
public sealed record PersonalDataWithdrawal(
    IReadOnlyList<MentoringUnitId> EndedUnits,
    IReadOnlyList<MentoringUnitId> CancelledUnits,
    IReadOnlyList<MentoringUnitId> GroupsLeft,
    IReadOnlyList<EducatorId> MenteesWithoutPair,
    EducatorId? Pseudonym = null);
