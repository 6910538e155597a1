using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>A final event chooses practices that were proposed on or before its date and not chosen before.</summary>
public static class FinalEventSelectionRule
{
    /// <summary>Code: no such practice was proposed.</summary>
    public const string NotProposed = "practice.not-proposed";

    /// <summary>Code: the practice is already in the collection.</summary>
    public const string AlreadyChosen = "practice.already-chosen";

    /// <summary>Code: the practice was proposed after the event.</summary>
    public const string ProposedAfterEvent = "practice.proposed-after-event";

    /// <summary>Checks one choice.</summary>
    /// <param name="practice">The practice, or <see langword="null"/> when none has the identifier.</param>
    /// <param name="heldOn">The event's date.</param>
    /// <param name="subject">The identifier chosen.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(Practice? practice, LocalDate heldOn, string subject)
    {
        if (practice is null)
        {
            return RuleViolation.Create(nameof(FinalEventSelectionRule), NotProposed, subject);
        }

        if (practice.IsCollected)
        {
            return RuleViolation.Create(nameof(FinalEventSelectionRule), AlreadyChosen, subject);
        }

        return practice.ProposedOn > heldOn
            ? RuleViolation.Create(nameof(FinalEventSelectionRule), ProposedAfterEvent, subject)
            : null;
    }
}
