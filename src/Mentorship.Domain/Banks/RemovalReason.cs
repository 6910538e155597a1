namespace Mentorship.Domain.Banks;

/// <summary>Why a person left a bank.</summary>
public enum RemovalReason
{
    /// <summary>The person left the organisation.</summary>
    LeftOrganization = 1,

    /// <summary>The person asked to leave the bank.</summary>
    OwnRequest = 2,

    /// <summary>The need no longer exists (a mentee's requests were met; a mentor no longer fits).</summary>
    NoLongerNeeded = 3,

    /// <summary>The person withdrew consent to personal-data processing; their personal data was erased.</summary>
    ConsentWithdrawn = 4,

    /// <summary>Another reason.</summary>
    Other = 99,
}
