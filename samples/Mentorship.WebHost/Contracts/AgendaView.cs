using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>What is open in the coming days, overdue work first, and K12 on the first day.</summary>
public sealed record AgendaView(string OrganizationId, int Year, int Version, LocalDate From, int Days, IReadOnlyList<AgendaEntryView> Entries, ExecutionView Execution);
