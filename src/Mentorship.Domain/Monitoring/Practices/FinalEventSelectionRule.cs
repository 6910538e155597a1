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
            return new RuleViolation(nameof(FinalEventSelectionRule), NotProposed, "No practice with this identifier was proposed.", subject);
        }

        if (practice.IsCollected)
        {
            return new RuleViolation(nameof(FinalEventSelectionRule), AlreadyChosen, "The practice is already in the collection.", subject);
        }

        return practice.ProposedOn > heldOn
            ? new RuleViolation(nameof(FinalEventSelectionRule), ProposedAfterEvent, "The practice was proposed after the event.", subject)
            : null;
    }
}
