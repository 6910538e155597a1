using System.Collections.Generic;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>The author of practices withdrew consent to personal-data processing; the practices stay without an author.</summary>
/// <param name="Date">The date of withdrawal.</param>
/// <param name="OrganizationId">The collection's organisation.</param>
/// <param name="PracticeIds">The practices that lost their author.</param>
public sealed record PracticeAuthorErased(LocalDate Date, OrganizationId OrganizationId, IReadOnlyList<string> PracticeIds) : DomainEvent(Date);
