using NodaTime;

namespace Mentorship.Domain.Common;

/// <summary>
/// Something that happened to an aggregate, named in the past tense. Events carry identifiers and
/// non-personal facts only, so a host may log or publish them freely.
/// </summary>
/// <param name="Date">The date on which the change took effect.</param>
public abstract record DomainEvent(LocalDate Date);
