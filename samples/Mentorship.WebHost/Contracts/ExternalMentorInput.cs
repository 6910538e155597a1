using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A mentor from another organisation who may lead pairs in the virtual form here: the mentor's identifier, their
/// organisation (not this one) and the places they offer (at least 1); <paramref name="On"/> defaults to today.
/// </summary>
public sealed record ExternalMentorInput(string? Mentor, string? OrganizationId, int? Capacity, LocalDate? On);
