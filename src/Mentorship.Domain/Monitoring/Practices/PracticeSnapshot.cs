using NodaTime;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>The stored form of a <see cref="Practice"/>; whether it was chosen follows from the final events.</summary>
/// <param name="Id">The identifier.</param>
/// <param name="Title">The title.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Author">The author's identifier; <see langword="null"/> once erased.</param>
/// <param name="ProgrammeId">The pair's or group's identifier.</param>
/// <param name="ProposedOn">The date proposed.</param>
/// <param name="Description">The description, or <see langword="null"/>.</param>
public sealed record PracticeSnapshot(string Id, string Title, PracticeKind Kind, string? Author, string ProgrammeId, LocalDate ProposedOn, string? Description);
