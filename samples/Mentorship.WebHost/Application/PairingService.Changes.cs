using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebHost.Application;

/// <summary>
/// The one path every change of the pairing register takes: load the register (or open it, where the command may be its
/// first use), refuse a stale version, let it consult the organisation's other years, apply the command, save the
/// register with whatever else the command changed (a programme, the banks) in one transaction, and build the answer.
/// </summary>
public sealed partial class PairingService
{
    /// <summary>Where a change applies: a register that must exist, or may be opened; and a unit that must exist in it.</summary>
    private sealed record Target(string Missing, Func<PairingRegister>? Open = null, MentoringUnitId? Unit = null);

    /// <summary>What a command did: refused (the failure to answer with), or applied, with the order it issued, if any.</summary>
    private readonly record struct Applied(HostFailure? Failure, AdministrativeOrder? Order)
    {
        public static Applied Done => default;

        public static implicit operator Applied(HostFailure failure) => new(failure, null);

        public static Applied Of(CommandResult result, ViolationFields fields) =>
            result.IsAccepted ? Done : HostFailure.Rejected(result.Rejection, fields);

        public static Applied Of(Outcome<AdministrativeOrder> result, ViolationFields fields) =>
            result.IsAccepted ? new Applied(null, result.Value) : HostFailure.Rejected(result.Rejection, fields);
    }

    private static Target UnitTarget(YearKey key, MentoringUnitId id, string unitId) => new(NoUnit(key, unitId), Unit: id);

    private static string NoUnit(YearKey key, string unitId) => $"В журнале наставнических пар и групп {key} нет пары или группы «{unitId}».";

    private static HostFailure? Stale(int version, int? expected, YearKey key) =>
        expected is { } e && e != version
            ? HostFailure.Conflict(
                $"Журнал наставнических пар и групп {key} уже в версии {version}, а изменение основано на версии {e}: его изменил другой координатор. "
                + "Ничего не сохранено: обновите страницу и повторите изменение.",
                version)
            : null;

    /// <summary>A change answered with the whole register; <paramref name="created"/> answers 201 even on an existing register.</summary>
    private Task<HostOutcome<PairingView>> ChangeRegisterAsync(
        YearKey key, int? expectedVersion, Target target, Func<PairingRegister, Task<Applied>> change, CancellationToken cancellationToken, bool created = false) =>
        ChangeAsync(key, expectedVersion, target, change, (register, version, _) => Task.FromResult(PairingView.Of(register, version)), created, cancellationToken);

    /// <summary>A change of one unit, answered with the unit and the order it issued (with the order's text).</summary>
    private Task<HostOutcome<UnitChangeView>> ChangeUnitAsync(
        YearKey key, MentoringUnitId id, string unitId, int? expectedVersion, Func<PairingRegister, Task<Applied>> change, CancellationToken cancellationToken) =>
        ChangeAsync(key, expectedVersion, UnitTarget(key, id, unitId), change, async (register, version, order) => new UnitChangeView(
            UnitView.Of(register[id]), version, order is null ? null : OrderView.Of(order), await OrderMarkdownAsync(key, register, order, cancellationToken)), created: false, cancellationToken);

    /// <summary>A change of a group's composition, answered with the units the order names and its text.</summary>
    private Task<HostOutcome<GroupChangeView>> ChangeGroupAsync(
        YearKey key, MentoringUnitId id, string unitId, int? expectedVersion, Func<PairingRegister, Task<Applied>> change, CancellationToken cancellationToken) =>
        ChangeAsync(key, expectedVersion, UnitTarget(key, id, unitId), change, async (register, version, order) => new GroupChangeView(
            order!.Units.Select(u => UnitView.Of(register[u])).ToArray(), version, OrderView.Of(order), await OrderMarkdownAsync(key, register, order, cancellationToken)), created: false, cancellationToken);

    private async Task<string?> OrderMarkdownAsync(YearKey key, PairingRegister register, AdministrativeOrder? order, CancellationToken cancellationToken) =>
        order is null ? null : (await RenderAsync(key, register, order, null, null, cancellationToken))?.Markdown;

    private async Task<HostOutcome<TView>> ChangeAsync<TView>(
        YearKey key,
        int? expectedVersion,
        Target target,
        Func<PairingRegister, Task<Applied>> change,
        Func<PairingRegister, int, AdministrativeOrder?, Task<TView>> view,
        bool created,
        CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        if ((stored is null && target.Open is null) || (target.Unit is { } unit && (stored is null || !stored.Aggregate.TryGet(unit, out _))))
        {
            return HostFailure.NotFound(target.Missing);
        }

        if (stored is not null && Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        var register = stored?.Aggregate ?? target.Open!();
        register.Consult(await OtherYearsAsync(key, cancellationToken));
        var applied = await change(register);
        if (applied.Failure is { } failure)
        {
            return failure;
        }

        var added = stored is null ? store.Add(AggregateKinds.PairingRegister, key, register) : null;
        if (stored is not null)
        {
            store.Update(stored);
        }

        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return HostFailure.Conflict(
                $"Пока сохранялось изменение журнала наставнических пар и групп {key}, данные года изменил другой координатор. "
                + "Ничего не сохранено: обновите страницу и повторите изменение.");
        }

        var version = (stored ?? added!).Version;
        var answer = await view(register, version, applied.Order);
        return created || stored is null ? HostOutcome<TView>.New(answer, version) : HostOutcome<TView>.Ok(answer, version);
    }

    /// <summary>
    /// The organisation's registers of its other years, read only: a pair of one year runs into the next, so a
    /// mentor's capacity and a mentee's one unit at a time are checked across them (<see cref="PairingRegister.Consult"/>).
    /// </summary>
    private async Task<PairingRegister[]> OtherYearsAsync(YearKey key, CancellationToken cancellationToken)
    {
        var organization = key.OrganizationId.Value;
        var snapshots = await AggregateKinds.PairingRegister.Table(store.Database).AsNoTracking()
            .Where(r => r.OrganizationId == organization && r.Year != key.Year)
            .OrderBy(r => r.Year)
            .Select(r => r.Snapshot)
            .ToListAsync(cancellationToken);
        return snapshots.Select(AggregateKinds.PairingRegister.Read).ToArray();
    }

    private async Task<RenderedDocument?> RenderAsync(
        YearKey key, PairingRegister register, AdministrativeOrder order, Signatory? head, Signatory? responsible, CancellationToken cancellationToken)
    {
        var organization = await organizations.FindAsync(key.OrganizationId.Value, cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        var directory = mentees is { } m && mentors is { } t ? ParticipantDirectory.FromBanks(m.Aggregate, t.Aggregate, order.Date) : ParticipantDirectory.Empty;

        // Mentors from other organisations are printed with their organisation's short name when the host knows it.
        var others = new List<Organization>();
        foreach (var other in register.ExternalMentors.Values.Distinct())
        {
            if (await organizations.FindAsync(other.Value, cancellationToken) is { } known)
            {
                others.Add(known);
            }
        }

        directory = directory.WithOrganizations(others);
        var blank = new string('_', 20);
        var signatures = new OrderSignatures(head ?? new Signatory("Директор", blank), responsible ?? new Signatory("Заместитель директора по УВР", blank));
        return PairingOrderDocument.Render(register, order, organization, directory, signatures);
    }
}
