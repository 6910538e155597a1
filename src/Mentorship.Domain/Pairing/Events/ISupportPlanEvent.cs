using Mentorship.Domain.People;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>What every event of a support plan shares: the mentee it is for.</summary>
internal interface ISupportPlanEvent
{
    /// <summary>The mentee.</summary>
    EducatorId Mentee { get; }
}
