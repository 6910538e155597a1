namespace Mentorship.WebHost.Security;

/// <summary>Which resources a grant reaches, checked against the route of the request.</summary>
public enum Scope
{
    /// <summary>Any organisation (or none in the route).</summary>
    Everywhere,

    /// <summary>The organisation in the route is the account's own.</summary>
    OwnOrganization,

    /// <summary>Own organisation, and the bank entry in the route (<c>{id}</c>) is the account's educator.</summary>
    OwnEntry,

    /// <summary>Own organisation, and the account's educator is the mentor or a mentee of the unit in the route (<c>{unitId}</c>).</summary>
    OwnUnit,
}
