using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.Common;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// Carries one withdrawal of consent to personal-data processing into a register
/// (<see cref="PairingRegister.WithdrawPersonalDataConsent"/>): checks first, then cancels, ends early by the order or
/// releases the person's units, and replaces every trace of the person by a pseudonym. Used once and dropped.
/// </summary>
internal sealed class PersonalDataErasure(PairingRegister register, EducatorId person, LocalDate on, OrderReference? order)
{
    private readonly List<MentoringUnitId> _ended = [];
    private readonly List<MentoringUnitId> _cancelled = [];
    private readonly List<MentoringUnitId> _left = [];
    private readonly List<EducatorId> _withoutPair = [];

    public Outcome<PersonalDataWithdrawal> Carry()
    {
        var involved = register.UnitsOf(person);
        var violations = involved
            .Where(u => u.Mentor == person || u.Mentees.Contains(person) || !u.DepartedMentees.Contains(person))
            .Select(u => ConsentWithdrawalRule.Check(u, on))
            .OfType<RuleViolation>()
            .ToList();
        var ending = involved.Where(u => EndsOnWithdrawal(u, person)).Select(u => u.Id).ToArray();
        violations.AddIfPresent(ConsentWithdrawalRule.CheckOrder(order, ending));
        if (order is not null && ending.Length > 0)
        {
            violations.AddRange(register.OrderBook.Check(order, ending));
        }

        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        var endOfNotice = ending.Length > 0 ? register.Calendar.EarliestEndOfNotice(on, register.Policy.NoticeWorkingDays) : on;
        var pseudonym = involved.Count > 0 || register.HoldsCapacityOf(person) ? register.NextPseudonym() : default;
        foreach (var unit in involved.Where(u => u.IsOpen))
        {
            Withdraw(unit, pseudonym, endOfNotice);
        }

        register.Forget(person, pseudonym, involved);
        if (_ended.Count > 0)
        {
            register.OrderBook.Add(order!, OrderKind.EarlyTermination, _ended);
            Raise(new OrderIssued(order!.Date, register.OrganizationId, register.Year, order.Number, OrderKind.EarlyTermination, _ended.ToArray()));
        }

        if (pseudonym != default)
        {
            Raise(new ParticipantErased(on, register.OrganizationId, register.Year, person, involved.Select(u => u.Id).ToArray()));
        }

        return new PersonalDataWithdrawal(_ended, _cancelled, _left, _withoutPair.Distinct().OrderBy(m => m).ToArray(), pseudonym == default ? null : pseudonym);
    }

    // Whether a withdrawal by the person ends the unit early (fixed or active, led by the person, or a pair or a group
    // that the person's leaving would make too small).
    private static bool EndsOnWithdrawal(MentoringUnit unit, EducatorId person) =>
        unit.Status is MentoringUnitStatus.Fixed or MentoringUnitStatus.Active
        && (unit.Mentor == person
            || (unit.Mentees.Contains(person) && !(unit.IsGroup && unit.Mentees.Count > GroupSizeRule.MinGroupSize)));

    private void Withdraw(MentoringUnit unit, EducatorId pseudonym, LocalDate endOfNotice)
    {
        var isMentor = unit.Mentor == person;
        var isMentee = unit.Mentees.Contains(person);
        if (!isMentor && !isMentee)
        {
            return;
        }

        var organization = register.OrganizationId;
        var year = register.Year;
        if (unit.Status is MentoringUnitStatus.Proposed or MentoringUnitStatus.ConsentsInPlace)
        {
            unit.Cancel(on);
            _cancelled.Add(unit.Id);
            Raise(new UnitCancelled(on, organization, year, unit.Id));
            if (!isMentor)
            {
                Raise(new MentorPlaceFreed(on, organization, year, unit.Mentor, unit.Id));
            }

            return;
        }

        if (isMentee && !isMentor && unit.IsGroup && unit.Mentees.Count > GroupSizeRule.MinGroupSize)
        {
            unit.RemoveMentee(person, pseudonym);
            _left.Add(unit.Id);
            Raise(new MenteeLeftGroup(on, organization, year, unit.Id));
            return;
        }

        var others = unit.Mentees.Where(m => m != person).ToArray();
        var lastDay = endOfNotice < unit.Period.End ? endOfNotice : unit.Period.End;
        const EarlyTerminationGrounds grounds = EarlyTerminationGrounds.PersonalDataConsentWithdrawn;
        unit.EndEarly(new EarlyTermination(on, TerminationInitiator.Employer, grounds, lastDay, order));
        _ended.Add(unit.Id);
        _withoutPair.AddRange(others);
        register.RaiseEnded(unit, lastDay, grounds, TerminationInitiator.Employer, on, others, freedMentor: !isMentor);
    }

    private void Raise(DomainEvent domainEvent) => register.Announce(domainEvent);
}
