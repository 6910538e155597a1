namespace Mentorship.WebHost.Security;

/// <summary>Who may call one operation or open one page: nobody logged in needed, or the listed grants.</summary>
public sealed record Access
{
    private Access(bool anonymous, IReadOnlyList<Grant> grants)
    {
        IsAnonymous = anonymous;
        Grants = grants;
    }

    /// <summary>Open without a login (the login itself).</summary>
    public static Access Anonymous { get; } = new(true, []);

    /// <summary>Open to anyone logged in.</summary>
    public bool IsAnonymous { get; }

    /// <summary>The grants; an account passes when one of them does.</summary>
    public IReadOnlyList<Grant> Grants { get; }

    /// <summary>What the operation does with people's data, for the audit log (none: not audited).</summary>
    public AuditAction? Audit { get; private init; }

    /// <summary>The roles named by any grant.</summary>
    public Role Roles => Grants.Aggregate(Role.None, (all, g) => all | g.Roles);

    /// <summary>An access made of grants.</summary>
    public static Access Of(params Grant[] grants) => new(false, grants);

    /// <summary>The same access, with every successful call written to the audit log as <paramref name="action"/>.</summary>
    public Access Audited(AuditAction action) => this with { Audit = action };
}
