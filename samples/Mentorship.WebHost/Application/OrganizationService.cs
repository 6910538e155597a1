using Mentorship.Domain.People;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebHost.Application;

/// <summary>The organisations the host serves, and the years each has banks for.</summary>
public sealed class OrganizationService(AggregateStore store)
{
    private MentorshipDbContext Db => store.Database;

    public async Task<IReadOnlyList<OrganizationView>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await Db.Organizations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var views = new List<OrganizationView>();
        foreach (var row in rows)
        {
            views.Add(OrganizationView.Of(SnapshotJson.Read<OrganizationSnapshot>(row.Snapshot).ToOrganization(), await YearsAsync(row.Id, cancellationToken)));
        }

        return views;
    }

    public async Task<HostOutcome<OrganizationView>> GetAsync(string id, CancellationToken cancellationToken)
    {
        var organization = await FindAsync(id, cancellationToken);
        return organization is null
            ? HostFailure.NotFound($"Организации «{id}» нет.")
            : HostOutcome<OrganizationView>.Ok(OrganizationView.Of(organization, await YearsAsync(id, cancellationToken)));
    }

    public async Task<Organization?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await Db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return row is null ? null : SnapshotJson.Read<OrganizationSnapshot>(row.Snapshot).ToOrganization();
    }

    public async Task<HostOutcome<OrganizationView>> CreateAsync(OrganizationInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var organization = input.ToOrganization(errors);
        if (organization is null)
        {
            return HostFailure.Invalid(errors);
        }

        if (await FindAsync(organization.Id.Value, cancellationToken) is not null)
        {
            return HostFailure.Conflict($"Организация «{organization.Id}» уже есть.");
        }

        Db.Organizations.Add(new OrganizationRow { Id = organization.Id.Value, Snapshot = SnapshotJson.Write(OrganizationSnapshot.Of(organization)), Version = 1 });
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException e)
        {
            return HostFailure.Conflict(e.Message);
        }

        return HostOutcome<OrganizationView>.New(OrganizationView.Of(organization, []), 1);
    }

    private async Task<IReadOnlyList<int>> YearsAsync(string id, CancellationToken cancellationToken)
    {
        var mentee = await Db.MenteeBanks.AsNoTracking().Where(b => b.OrganizationId == id).Select(b => b.Year).ToListAsync(cancellationToken);
        var mentor = await Db.MentorBanks.AsNoTracking().Where(b => b.OrganizationId == id).Select(b => b.Year).ToListAsync(cancellationToken);
        return mentee.Union(mentor).Order().ToArray();
    }
}
