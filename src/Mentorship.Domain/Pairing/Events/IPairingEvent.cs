using Mentorship.Domain.People;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>What every event of a pairing register shares: which register.</summary>
/// <remarks>An interface rather than an abstract base record (see <c>Banks.Events.IBankEvent</c> for why).</remarks>
internal interface IPairingEvent
{
    /// <summary>The register's organisation.</summary>
    OrganizationId OrganizationId { get; }

    /// <summary>The register's year.</summary>
    int Year { get; }
}
