namespace Mentorship.Domain.Common.Violations;

/// <summary>The languages the catalogue has texts in.</summary>
public enum ViolationLanguage
{
    /// <summary>Russian, the default: what the library's users read.</summary>
    Russian = 1,

    /// <summary>English, for integrators' logs and foreign readers.</summary>
    English = 2,
}
