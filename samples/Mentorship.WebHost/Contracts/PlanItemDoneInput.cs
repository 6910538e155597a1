using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A plan item of an approved programme recorded done; <paramref name="On"/> defaults to today.</summary>
public sealed record PlanItemDoneInput(LocalDate? On, string? Note);
