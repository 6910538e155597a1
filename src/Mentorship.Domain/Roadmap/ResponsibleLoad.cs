using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>The work one responsible party carries in one month: the work items open during any part of it.</summary>
/// <param name="Party">The responsible party.</param>
/// <param name="Month">The month.</param>
/// <param name="ItemIds">The ids of the work items whose start–due span meets the month, in schedule order.</param>
public sealed record ResponsibleLoad(ResponsibleParty Party, YearMonth Month, IReadOnlyList<string> ItemIds)
{
    /// <summary>The number of work items open in the month.</summary>
    public int OpenItems => ItemIds.Count;
}
