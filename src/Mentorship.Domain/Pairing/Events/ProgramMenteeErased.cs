using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A mentee's diagnosis was erased from a programme after a withdrawal of consent.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="UnitId">The pair or group.</param>
public sealed record ProgramMenteeErased(LocalDate Date, MentoringUnitId UnitId)
    : DomainEvent(Date), IProgramEvent;
