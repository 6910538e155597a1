namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>How much of a plan is done by a date (indicator K4: plan items done / plan items due).</summary>
/// <param name="Due">Items dated on or before the date.</param>
/// <param name="Done">Of those, the items marked done.</param>
public sealed record PlanExecution(int Due, int Done)
{
    /// <summary>The share done, 0 to 1; 1 when nothing is due.</summary>
    public decimal Share => Due == 0 ? 1m : (decimal)Done / Due;
}
