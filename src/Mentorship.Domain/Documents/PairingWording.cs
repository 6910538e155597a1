using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Documents;

/// <summary>
/// The Russian names the pairing documents print, for hosts that show the same words on screen: forms, statuses,
/// grounds, outcomes, roles and causes. The same on every host (no culture data needed).
/// </summary>
public static class PairingWording
{
    /// <summary>The organisational form, e.g. «групповая».</summary>
    /// <param name="form">The form.</param>
    /// <returns>The Russian name.</returns>
    public static string Of(MentorshipForm form) => RussianPhrases.Form(form);

    /// <summary>The form by participants, e.g. «педагог – педагог».</summary>
    /// <param name="form">The form.</param>
    /// <returns>The Russian name.</returns>
    public static string Of(ParticipantsForm form) => RussianPhrases.Participants(form);

    /// <summary>The status of a pair or group, e.g. «прекращена досрочно».</summary>
    /// <param name="status">The status.</param>
    /// <returns>The Russian name.</returns>
    public static string Of(MentoringUnitStatus status) => RussianPhrases.Status(status);

    /// <summary>The outcome of a programme, e.g. «выполнена частично».</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The Russian name.</returns>
    public static string Of(MentoringOutcome outcome) => RussianPhrases.Outcome(outcome);

    /// <summary>Who carries out a support measure, e.g. «педагог-психолог».</summary>
    /// <param name="role">The role.</param>
    /// <returns>The Russian name.</returns>
    public static string Of(SupportRole role) => RussianPhrases.Role(role);

    /// <summary>Why a mentee is without a pair, e.g. «все подходящие наставники заняты».</summary>
    /// <param name="cause">The cause.</param>
    /// <returns>The Russian phrase.</returns>
    public static string Of(UnpairedCause cause) => RussianPhrases.Cause(cause);

    /// <summary>The grounds of a replacement, as printed after «в связи с», e.g. «увольнением наставника».</summary>
    /// <param name="grounds">The grounds.</param>
    /// <returns>The Russian phrase.</returns>
    public static string Of(ReplacementGrounds grounds) => RussianPhrases.Grounds(grounds);

    /// <summary>The grounds of an early termination, as printed after «в связи с».</summary>
    /// <param name="grounds">The grounds.</param>
    /// <returns>The Russian phrase.</returns>
    public static string Of(EarlyTerminationGrounds grounds) => RussianPhrases.Grounds(grounds);

    /// <summary>Why a mentee leaves a group, as printed after «в связи с».</summary>
    /// <param name="grounds">The grounds.</param>
    /// <returns>The Russian phrase.</returns>
    public static string Of(MenteeLeavingGrounds grounds) => RussianPhrases.Grounds(grounds);
}
