using NodaTime;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>
/// What the coordinator registers: a local act as signed or published. Plain data; <see cref="LocalActRegister.Register"/>
/// checks it against the register's rules.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Number">The number (of the order that adopts the act), or <see langword="null"/> for an act without one (the website section); required for orders.</param>
/// <param name="Date">The date of adoption (or of publication, for the website section).</param>
/// <param name="Title">The title as written, e.g. «Положение о системе наставничества педагогических работников».</param>
/// <param name="Link">An absolute http or https address where the act is published, or <see langword="null"/>; required for the website section.</param>
/// <param name="FileReference">Where the signed copy is kept (a file name, a case and sheet), or <see langword="null"/>.</param>
/// <param name="InForceFrom">The first day in force; <see langword="null"/> means the date of adoption.</param>
/// <param name="InForceThrough">The last day in force (included), or <see langword="null"/> for open-ended.</param>
public sealed record LocalActDraft(
    LocalActKind Kind,
    string? Number,
    LocalDate Date,
    string Title,
    string? Link = null,
    string? FileReference = null,
    LocalDate? InForceFrom = null,
    LocalDate? InForceThrough = null);
