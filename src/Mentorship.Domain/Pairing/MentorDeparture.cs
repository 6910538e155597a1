using Ardalis.GuardClauses;
using Mentorship.Domain.Banks;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A mentor leaves the organisation (увольнение): once no unit of the year's register is led by them after their last
/// working day (<see cref="MentorDepartureRule"/>), they leave the mentor bank the next day
/// (<see cref="RemovalReason.LeftOrganization"/>; the bank keeps an anonymous former entry), and the host ends their
/// employment in its staff list on the last day. Checked first, all or nothing.
/// </summary>
public static class MentorDeparture
{
    /// <summary>Takes a leaving mentor out of the mentor bank after checking the register.</summary>
    /// <param name="bank">The organisation's mentor bank of the register's year.</param>
    /// <param name="register">The register of the same organisation and year.</param>
    /// <param name="mentor">The mentor.</param>
    /// <param name="lastDay">The mentor's last working day; they leave the bank the next day.</param>
    /// <returns>Accepted; or a rejection naming the units still led, or the mentor's absence from the bank.</returns>
    /// <exception cref="System.ArgumentException">The bank and the register are of different organisations or years.</exception>
    public static CommandResult Leave(MentorBank bank, PairingRegister register, EducatorId mentor, LocalDate lastDay)
    {
        Guard.Against.Null(bank);
        Guard.Against.Null(register);
        Guard.Against.Default(mentor);
        if (bank.OrganizationId != register.OrganizationId || bank.Year != register.Year)
        {
            throw new System.ArgumentException($"The mentor bank {bank.OrganizationId} {bank.Year} is not of the register {register}.", nameof(bank));
        }

        var violations = new System.Collections.Generic.List<RuleViolation>();
        violations.AddIfPresent(BankMembershipRule.CheckPresent(bank.Contains(mentor), mentor.Value));
        violations.AddIfPresent(MentorDepartureRule.Check(register, mentor, lastDay));
        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        return bank.Remove(mentor, lastDay.PlusDays(1), RemovalReason.LeftOrganization);
    }
}
