using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>What every entry of a bank has: the person, their consent and when and how they entered.</summary>
public interface IBankEntry
{
    /// <summary>The educator.</summary>
    Educator Educator { get; }

    /// <summary>The consent to personal-data processing in force when the entry was made.</summary>
    PersonalDataConsent Consent { get; }

    /// <summary>The date of entry.</summary>
    LocalDate AdmittedOn { get; }

    /// <summary>The coordinator's override when the entry was made outside the intake window; otherwise null.</summary>
    IntakeOverride? IntakeOverride { get; }
}
