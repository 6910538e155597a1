using Ardalis.GuardClauses;

namespace Mentorship.Domain.People;

/// <summary>An educational organisation that runs a system of mentorship.</summary>
public sealed class Organization
{
    /// <summary>Creates an organisation.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="shortName">The short name used in tables, e.g. «МБОУ ДО ЦДТ».</param>
    /// <param name="fullName">The full official name used in orders.</param>
    /// <param name="kind">The kind of organisation.</param>
    /// <param name="municipality">The municipality it reports to, e.g. «Иловлинский муниципальный район»; optional.</param>
    /// <exception cref="System.ArgumentException">A name is blank or the id is the default value.</exception>
    public Organization(OrganizationId id, string shortName, string fullName, OrganizationKind kind, string? municipality = null)
    {
        Guard.Against.Default(id);
        Id = id;
        ShortName = Guard.Against.NullOrWhiteSpace(shortName).Trim();
        FullName = Guard.Against.NullOrWhiteSpace(fullName).Trim();
        Kind = Guard.Against.EnumOutOfRange(kind);
        Municipality = string.IsNullOrWhiteSpace(municipality) ? null : municipality!.Trim();
    }

    /// <summary>The identifier.</summary>
    public OrganizationId Id { get; }

    /// <summary>The short name.</summary>
    public string ShortName { get; }

    /// <summary>The full official name.</summary>
    public string FullName { get; }

    /// <summary>The kind of organisation.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>The municipality, or <see langword="null"/> if not given.</summary>
    public string? Municipality { get; }

    /// <inheritdoc />
    public override string ToString() => $"Organization {Id}";
}
