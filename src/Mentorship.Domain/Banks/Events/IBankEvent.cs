using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks.Events;

/// <summary>What the events of both banks share: which bank, and whom the event concerns.</summary>
/// <remarks>
/// An interface rather than an abstract base record: an abstract record between <c>DomainEvent</c> and the
/// sealed events would differ between the package's two targets (covariant <c>Clone</c> on net10.0). Internal: it
/// holds every bank event to one shape, while hosts read the sealed events themselves (public until 0.1.0).
/// </remarks>
internal interface IBankEvent
{
    /// <summary>The bank's organisation.</summary>
    OrganizationId OrganizationId { get; }

    /// <summary>The bank's intake year.</summary>
    int Year { get; }

    /// <summary>Which bank.</summary>
    BankKind Kind { get; }

    /// <summary>The person concerned.</summary>
    EducatorId EducatorId { get; }
}
