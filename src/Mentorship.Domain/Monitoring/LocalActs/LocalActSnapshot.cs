using NodaTime;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>The stored form of a <see cref="LocalAct"/>.</summary>
/// <param name="Id">The register's identifier.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Number">The number, or <see langword="null"/>.</param>
/// <param name="Date">The date of adoption.</param>
/// <param name="Title">The title.</param>
/// <param name="Link">The address, or <see langword="null"/>.</param>
/// <param name="FileReference">Where the signed copy is kept, or <see langword="null"/>.</param>
/// <param name="InForceFrom">The first day in force.</param>
/// <param name="InForceThrough">The last day in force, or <see langword="null"/>.</param>
public sealed record LocalActSnapshot(
    int Id,
    LocalActKind Kind,
    string? Number,
    LocalDate Date,
    string Title,
    string? Link,
    string? FileReference,
    LocalDate InForceFrom,
    LocalDate? InForceThrough);
