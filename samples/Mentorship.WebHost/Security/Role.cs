namespace Mentorship.WebHost.Security;

/// <summary>The roles of the host's accounts; a grant may name several at once. Their names are the Identity role names.</summary>
[Flags]
public enum Role
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>The municipal administrator: every organisation's indicators and reports, organisations and accounts; no personal data.</summary>
    Municipal = 1,

    /// <summary>The organisation's mentorship coordinator: everything in their organisation.</summary>
    Coordinator = 2,

    /// <summary>The organisation's director: reads, approves programmes, signs orders.</summary>
    Director = 4,

    /// <summary>A mentor: their own bank entry, units, programmes and questionnaires.</summary>
    Mentor = 8,

    /// <summary>A mentee: their own bank entry, unit, programme and questionnaires.</summary>
    Mentee = 16,
}
