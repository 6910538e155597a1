using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;

namespace Mentorship.WebHost.Application;

/// <summary>
/// Mentors from other organisations (the virtual form) and changes of a running group's composition by an order:
/// a mentee joins, leaves, or moves between groups. The rules are the register's; the host builds the requests.
/// </summary>
public sealed partial class PairingService
{
    /// <summary>
    /// Registers a mentor from another organisation with the places they offer; they may then lead units in the
    /// virtual form only. The register is opened for the year if this is its first use.
    /// </summary>
    public async Task<HostOutcome<PairingView>> RegisterExternalMentorAsync(YearKey key, ExternalMentorInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var mentor = Contracts.Ids.Parse(input.Mentor, errors, "mentor");
        var organizationText = errors.Required(input.OrganizationId, "organizationId");
        var organization = organizationText is null ? null : errors.TryValue("organizationId", () => OrganizationId.From(organizationText));
        var capacity = errors.Required(input.Capacity, "capacity");
        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        if (mentors is null)
        {
            return HostFailure.NotFound($"Банка наставников {key} ещё нет: сначала откройте его.");
        }

        // One person cannot be both: the bank's capacities are given to the register before each proposal.
        if (mentors.Value.Aggregate.Contains(mentor!.Value))
        {
            errors.Add("mentor", "Наставник есть в банке наставников этой организации: это свой наставник, а не наставник из другой организации.");
            return HostFailure.Invalid(errors);
        }

        var target = new Target(string.Empty, () => OpenRegister(key, mentors.Value.Aggregate));
        return await ChangeRegisterAsync(key, expectedVersion, target, register => Task.FromResult(Applied.Of(
            register.RegisterExternalMentor(mentor.Value, organization!.Value, capacity!.Value, input.On ?? clock.Today), ExternalMentorFields)),
            cancellationToken);
    }

    /// <summary>Adds a mentee of the mentee bank to a fixed or running group by an order changing its composition.</summary>
    public async Task<HostOutcome<GroupChangeView>> AddMenteeAsync(YearKey key, string unitId, MenteeJoinInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        var mentee = Contracts.Ids.Parse(input.Mentee, errors, "mentee");
        var firstDay = errors.Required(input.FirstDay, "firstDay");
        var signedOn = errors.Required(input.ConsentSignedOn, "consentSignedOn");
        var order = Order(input.OrderNumber, input.OrderDate, errors);
        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        return await ChangeGroupAsync(key, id!.Value, unitId, expectedVersion, async register =>
        {
            var bank = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
            if (bank is null || !bank.Value.Aggregate.Contains(mentee!.Value))
            {
                return HostFailure.NotFound($"В банке наставляемых {key} нет записи «{input.Mentee}».");
            }

            var request = new MenteeJoinRequest(mentee.Value, firstDay!.Value, new MenteeConsent(signedOn!.Value), order!);
            return Applied.Of(register.AddMenteeToGroup(id.Value, request), JoinFields);
        }, cancellationToken);
    }

    /// <summary>Releases a mentee from a group that goes on (two or more stay) by an order changing its composition.</summary>
    public async Task<HostOutcome<GroupChangeView>> ReleaseMenteeAsync(YearKey key, string unitId, MenteeReleaseInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        var mentee = Contracts.Ids.Parse(input.Mentee, errors, "mentee");
        var lastDay = errors.Required(input.LastDay, "lastDay");
        var grounds = errors.Required(input.Grounds, "grounds");
        var order = Order(input.OrderNumber, input.OrderDate, errors);
        if (grounds is { } g && (!Enum.IsDefined(g) || g == MenteeLeavingGrounds.MovedToAnotherGroup))
        {
            errors.Add("grounds", g == MenteeLeavingGrounds.MovedToAnotherGroup ? "Перевод в другую группу оформляется через …/moves." : "Неизвестное основание.");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var request = new MenteeReleaseRequest(mentee!.Value, lastDay!.Value, grounds!.Value, order!);
        return await ChangeGroupAsync(
            key, id!.Value, unitId, expectedVersion, register => Task.FromResult(Applied.Of(register.ReleaseMenteeFromGroup(id.Value, request), ReleaseFields)), cancellationToken);
    }

    /// <summary>Moves a mentee from a group into another by one order naming both, all or nothing.</summary>
    public async Task<HostOutcome<GroupChangeView>> MoveMenteeAsync(YearKey key, string unitId, MenteeMoveInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        var mentee = Contracts.Ids.Parse(input.Mentee, errors, "mentee");
        var toText = errors.Required(input.ToUnit, "toUnit");
        var to = toText is null ? null : errors.TryValue("toUnit", () => MentoringUnitId.From(toText));
        var firstDay = errors.Required(input.FirstDay, "firstDay");
        var signedOn = errors.Required(input.ConsentSignedOn, "consentSignedOn");
        var order = Order(input.OrderNumber, input.OrderDate, errors);
        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        return await ChangeGroupAsync(key, id!.Value, unitId, expectedVersion, register =>
        {
            if (!register.TryGet(to!.Value, out _))
            {
                return Task.FromResult<Applied>(HostFailure.NotFound(NoUnit(key, toText!)));
            }

            var request = new MenteeJoinRequest(mentee!.Value, firstDay!.Value, new MenteeConsent(signedOn!.Value), order!);
            return Task.FromResult(Applied.Of(register.MoveMentee(id.Value, to.Value, request), MoveFields));
        }, cancellationToken);
    }
}
