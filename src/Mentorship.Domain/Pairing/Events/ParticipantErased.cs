using System.Collections.Generic;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A person withdrew consent to personal-data processing: their units ended and they were anonymised in the register; the host should erase them in its own stores (programmes, support plans) too.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="Person">The person (the only place their identifier still appears).</param>
/// <param name="Units">The pairs and groups they were in.</param>
public sealed record ParticipantErased(LocalDate Date, OrganizationId OrganizationId, int Year, EducatorId Person, IReadOnlyList<MentoringUnitId> Units)
    : DomainEvent(Date), IPairingEvent;
