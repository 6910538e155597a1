using Mentorship.Domain.People;

namespace Mentorship.WebHost.Storage;

/// <summary>An organisation's year: the key of the banks and of every other per-year aggregate.</summary>
public readonly record struct YearKey(OrganizationId OrganizationId, int Year)
{
    public override string ToString() => $"{OrganizationId}/{Year}";
}
