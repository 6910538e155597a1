namespace Mentorship.WebHost.Security;

/// <summary>What an audited operation did with a person's data.</summary>
public enum AuditAction
{
    /// <summary>Read it (an entry, a list of people, a document with names).</summary>
    Read,

    /// <summary>Exported everything stored about a person (a subject-access request).</summary>
    Export,

    /// <summary>Entered or changed it.</summary>
    Change,

    /// <summary>Erased it (consent withdrawn, removed from a bank or the staff list).</summary>
    Erase,
}
