using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// Converts a register to and from its stored form (<see cref="PairingRegisterSnapshot"/>), checking every value and
/// invariant on the way in; the units are converted by <see cref="PairingSnapshots"/>.
/// </summary>
internal static class PairingRegisterSnapshots
{
    public static PairingRegisterSnapshot Of(PairingRegister register) => new(
        register.OrganizationId.Value,
        register.Year,
        register.Policy.DefaultCapacity,
        register.Policy.GroupPlaces,
        register.Policy.MaxGroupSize,
        register.Policy.NoticeWorkingDays,
        register.Capacities.Select(c => new MentorCapacitySnapshot(c.Key.Value, c.Value)).ToArray(),
        register.Units.Select(PairingSnapshots.Of).ToArray(),
        register.Orders.Select(o => new AdministrativeOrderSnapshot(o.Number, o.Date, o.Kind, o.Units.Select(u => u.Value).ToArray())).ToArray(),
        register.Anonymised.Select(a => a.Value).ToArray(),
        register.NextUnitNumber,
        register.ExternalMentors.Select(e => new ExternalMentorSnapshot(e.Key.Value, e.Value.Value)).ToArray());

    public static PairingRegister ToRegister(PairingRegisterSnapshot snapshot, IWorkingDayCalendar calendar)
    {
        Guard.Against.Null(snapshot);
        const string name = nameof(snapshot);
        SnapshotSchema.Check(snapshot.SchemaVersion, "PairingRegister.SchemaVersion");
        var register = PairingRegister.Open(
            OrganizationId.From(snapshot.OrganizationId),
            snapshot.Year,
            calendar,
            new PairingPolicy(snapshot.DefaultCapacity, snapshot.GroupPlaces, snapshot.MaxGroupSize, snapshot.NoticeWorkingDays));
        var capacities = new SortedDictionary<EducatorId, int>();
        foreach (var c in Guard.Against.Null(snapshot.Capacities, name))
        {
            var mentor = EducatorId.From(c.Mentor);
            if (Banks.MentorCapacityRule.Check(c.Capacity) is not null || capacities.ContainsKey(mentor))
            {
                throw new ArgumentException($"Invalid capacity of {c.Mentor} in the snapshot.", name);
            }

            capacities.Add(mentor, c.Capacity);
        }

        var external = PairingSnapshots.ExternalOf(snapshot.ExternalMentors, name);
        foreach (var e in external)
        {
            if (ExternalMentorRule.CheckOrganization(register.OrganizationId, e.Value, e.Key) is not null || !capacities.ContainsKey(e.Key))
            {
                throw new ArgumentException($"The external mentor {e.Key} in the snapshot has no capacity or is of the register's organisation.", name);
            }
        }

        var units = new SortedDictionary<MentoringUnitId, MentoringUnit>();
        foreach (var s in Guard.Against.Null(snapshot.Units, name))
        {
            var unit = PairingSnapshots.ToUnit(s, register.Policy);
            if (unit.ExternalMentors.Values.Contains(register.OrganizationId))
            {
                throw new ArgumentException($"{unit.Id} names a mentor of the register's own organisation as external.", name);
            }

            if (units.ContainsKey(unit.Id))
            {
                throw new ArgumentException($"The snapshot holds {unit.Id} twice.", name);
            }

            units.Add(unit.Id, unit);
        }

        register.Restore(
            Guard.Against.Null(snapshot.AnonymisedIds, name).Select(EducatorId.From),
            capacities,
            external,
            units.Values,
            Guard.Against.NegativeOrZero(snapshot.NextUnitNumber, name));
        foreach (var o in Guard.Against.Null(snapshot.Orders, name))
        {
            var ids = o.Units.Select(MentoringUnitId.From).ToArray();
            if (register.FindOrder(o.Number) is not null || ids.Length == 0 || ids.Any(u => !units.ContainsKey(u)))
            {
                throw new ArgumentException($"Invalid order {o.Number} in the snapshot.", name);
            }

            register.OrderBook.Add(
                new OrderReference(o.Number, SnapshotSchema.Date(o.Date, "AdministrativeOrder.Date")), Guard.Against.EnumOutOfRange(o.Kind, name), ids);
        }

        if (register.BrokenSpanningInvariant() is { } broken)
        {
            throw new ArgumentException(broken, name);
        }

        return register;
    }
}
