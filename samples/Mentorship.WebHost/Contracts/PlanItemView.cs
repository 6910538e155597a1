using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A line of a programme's plan, with its done mark and note.</summary>
public sealed record PlanItemView(int Number, string Direction, string Activity, string Form, LocalDate Date, string ExpectedProduct, LocalDate? DoneOn, string? DoneNote = null);
