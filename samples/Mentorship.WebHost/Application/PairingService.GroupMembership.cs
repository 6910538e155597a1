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
    private static readonly ViolationFields ExternalMentorFields = ViolationFields.Default
        .With("external-mentor.", "organizationId").With("external-mentor.already-own-mentor", "mentor").With("participants.", "mentor")
        .With("mentor-load.", "capacity");

    private static readonly ViolationFields JoinFields = ViolationFields.Default
        .With("unit-status.", "unitId").With("group-membership.not-a-group", "unitId").With("group-membership.", "firstDay")
        .With("group-membership.already-member", "mentee").With("group-size.", "mentee").With("mentee-unit.", "mentee").With("participants.", "mentee")
        .With("mentee-consent.", "consentSignedOn").With("order.dated", "orderDate").With("order.", "orderNumber");

    private static readonly ViolationFields ReleaseFields = ViolationFields.Default
        .With("unit-status.", "unitId").With("group-membership.not-a-group", "unitId").With("group-membership.", "lastDay")
        .With("group-membership.not-a-member", "mentee").With("group-size.", "mentee").With("order.dated", "orderDate").With("order.", "orderNumber");

    private static readonly ViolationFields MoveFields = ViolationFields.Default
        .With("unit-status.", "unitId").With("group-membership.not-a-group", "unitId").With("group-membership.", "firstDay")
        .With("group-membership.not-a-member", "mentee").With("group-membership.already-member", "mentee").With("group-size.", "mentee")
        .With("mentee-unit.", "mentee").With("participants.", "mentee").With("mentee-consent.", "consentSignedOn")
        .With("order.dated", "orderDate").With("order.", "orderNumber");

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

        var stored = await store.FindAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        if (stored is not null && Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        if (mentors is null)
        {
            return HostFailure.NotFound($"There is no mentor bank {key}; open it first.");
        }

        // One person cannot be both: the bank's capacities are given to the register before each proposal.
        if (mentors.Value.Aggregate.Contains(mentor!.Value))
        {
            errors.Add("mentor", "The mentor is in this organisation's mentor bank: an own mentor, not one from another organisation.");
            return HostFailure.Invalid(errors);
        }

        var register = stored?.Aggregate
            ?? PairingRegister.Open(key.OrganizationId, key.Year, HostCalendar.Instance, new PairingPolicy(defaultCapacity: mentors.Value.Aggregate.Policy.DefaultCapacity));
        var registered = register.RegisterExternalMentor(mentor.Value, organization!.Value, capacity!.Value, input.On ?? clock.Today);
        return registered.IsAccepted
            ? await SaveAsync(key, register, stored, cancellationToken)
            : HostFailure.Rejected(registered.Rejection, ExternalMentorFields);
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

        var found = await FindUnitAsync(key, id!.Value, unitId, expectedVersion, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var bank = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        if (bank is null || !bank.Value.Aggregate.Contains(mentee!.Value))
        {
            return HostFailure.NotFound($"The mentee bank {key} has no entry '{input.Mentee}'.");
        }

        var stored = found.Value!;
        var added = stored.Aggregate.AddMenteeToGroup(id.Value, new MenteeJoinRequest(mentee.Value, firstDay!.Value, new MenteeConsent(signedOn!.Value), order!));
        return added.IsAccepted
            ? await SaveGroupChangeAsync(key, stored, added.Value, cancellationToken)
            : HostFailure.Rejected(added.Rejection, JoinFields);
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
            errors.Add("grounds", g == MenteeLeavingGrounds.MovedToAnotherGroup ? "A move into another group is made with …/moves." : "Unknown grounds.");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var found = await FindUnitAsync(key, id!.Value, unitId, expectedVersion, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var stored = found.Value!;
        var released = stored.Aggregate.ReleaseMenteeFromGroup(id.Value, new MenteeReleaseRequest(mentee!.Value, lastDay!.Value, grounds!.Value, order!));
        return released.IsAccepted
            ? await SaveGroupChangeAsync(key, stored, released.Value, cancellationToken)
            : HostFailure.Rejected(released.Rejection, ReleaseFields);
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

        var found = await FindUnitAsync(key, id!.Value, unitId, expectedVersion, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var stored = found.Value!;
        if (!stored.Aggregate.TryGet(to!.Value, out _))
        {
            return HostFailure.NotFound($"The pairing register {key} has no unit '{toText}'.");
        }

        var moved = stored.Aggregate.MoveMentee(id.Value, to.Value, new MenteeJoinRequest(mentee!.Value, firstDay!.Value, new MenteeConsent(signedOn!.Value), order!));
        return moved.IsAccepted
            ? await SaveGroupChangeAsync(key, stored, moved.Value, cancellationToken)
            : HostFailure.Rejected(moved.Rejection, MoveFields);
    }

    private async Task<HostOutcome<GroupChangeView>> SaveGroupChangeAsync(
        YearKey key, Stored<PairingRegister, PairingRegisterRow> stored, AdministrativeOrder order, CancellationToken cancellationToken)
    {
        store.Update(stored);
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException e)
        {
            return HostFailure.Conflict(e.Message);
        }

        var text = (await RenderAsync(key, stored.Aggregate, order, null, null, cancellationToken))?.Markdown;
        var view = new GroupChangeView(order.Units.Select(u => UnitView.Of(stored.Aggregate[u])).ToArray(), stored.Version, OrderView.Of(order), text);
        return HostOutcome<GroupChangeView>.Ok(view, stored.Version);
    }
}
