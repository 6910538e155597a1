using Mentorship.Domain.Common;

namespace Mentorship.Domain.Banks;

/// <summary>A person is in a bank at most once, and commands about a person need them in the bank.</summary>
public static class BankMembershipRule
{
    /// <summary>Code: the person is already in the bank.</summary>
    public const string AlreadyEntered = "bank.already-entered";

    /// <summary>Code: the person is not in the bank.</summary>
    public const string NotInBank = "bank.not-in-bank";

    /// <summary>Checks an admission.</summary>
    /// <param name="alreadyInBank">Whether the person is in the bank.</param>
    /// <param name="subject">The person's identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckNew(bool alreadyInBank, string subject) =>
        alreadyInBank
            ? RuleViolation.Create(nameof(BankMembershipRule), AlreadyEntered, subject)
            : null;

    /// <summary>Checks a command about a person.</summary>
    /// <param name="inBank">Whether the person is in the bank.</param>
    /// <param name="subject">The person's identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckPresent(bool inBank, string subject) =>
        inBank
            ? null
            : RuleViolation.Create(nameof(BankMembershipRule), NotInBank, subject);
}
