using System.Reflection;
using Mentorship.Domain.People;
using Mentorship.WebHost.Storage;
using Mentorship.WebHost.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebHost.Tests.Persistence;

/// <summary>
/// Every aggregate kind the host stores is saved, reloaded in a new scope (a new DbContext, nothing cached), and
/// compared: its snapshot and its JSON must be the same. Run against each database.
/// </summary>
public abstract class PersistenceSuite<TDatabase>(HostFixture<TDatabase> fixture) : IClassFixture<HostFixture<TDatabase>>
    where TDatabase : ITestDatabase, IDisposable, new()
{
    [SkippableFact]
    public async Task EveryAggregateKind_SavedAndReloadedInANewScope_IsTheSame()
    {
        var services = Services();
        var key = new YearKey(OrganizationId.From($"rt-{Guid.NewGuid():N}"[..12]), 2026);
        var checks = new Dictionary<string, Func<Task>>
        {
            [nameof(AggregateKinds.MenteeBank)] = () => RoundTripAsync(services, AggregateKinds.MenteeBank, key, Samples.MenteeBank(key.OrganizationId), b => b.ToSnapshot()),
            [nameof(AggregateKinds.MentorBank)] = () => RoundTripAsync(services, AggregateKinds.MentorBank, key, Samples.MentorBank(key.OrganizationId), b => b.ToSnapshot()),
            [nameof(AggregateKinds.Roadmap)] = () => RoundTripAsync(services, AggregateKinds.Roadmap, key, Samples.Roadmap(), r => r.ToRecord()),
            [nameof(AggregateKinds.QuestionnaireBook)] = () => RoundTripAsync(services, AggregateKinds.QuestionnaireBook, key, Samples.QuestionnaireBook(), b => b.Responses),
            [nameof(AggregateKinds.ProgrammeBook)] = () => RoundTripAsync(services, AggregateKinds.ProgrammeBook, key, Samples.ProgrammeBook(key.OrganizationId), b => b.ToSnapshots()),
            [nameof(AggregateKinds.StaffList)] = () => RoundTripAsync(services, AggregateKinds.StaffList, key, Samples.StaffList(), l => l.Members),
            [nameof(AggregateKinds.PairingRegister)] = () => RoundTripAsync(services, AggregateKinds.PairingRegister, key, Samples.PairingRegister(key.OrganizationId), r => r.ToSnapshot()),
        };

        var kinds = typeof(AggregateKinds).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name);
        checks.Keys.Should().BeEquivalentTo(kinds, "every aggregate kind the host stores needs its round trip here");
        foreach (var check in checks.Values)
        {
            await check();
        }
    }

    [SkippableFact]
    public async Task Organization_SavedAndReloadedInANewScope_IsTheSame()
    {
        var services = Services();
        var organization = new Organization(OrganizationId.From($"org-{Guid.NewGuid():N}"[..12]), "МБОУ СОШ № 1", "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 1»", OrganizationKind.School, "Иловлинский район");
        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<AggregateStore>();
            store.Database.Organizations.Add(new OrganizationRow { Id = organization.Id.Value, Snapshot = SnapshotJson.Write(OrganizationSnapshot.Of(organization)), Version = 1 });
            await store.SaveAsync(default);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
            var row = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organization.Id.Value);
            var reloaded = SnapshotJson.Read<OrganizationSnapshot>(row.Snapshot).ToOrganization();
            OrganizationSnapshot.Of(reloaded).Should().Be(OrganizationSnapshot.Of(organization));
            row.Version.Should().Be(1);
        }
    }

    private static async Task RoundTripAsync<TAggregate, TRow, TSnapshot>(
        IServiceProvider services, AggregateKind<TAggregate, TRow> kind, YearKey key, TAggregate original, Func<TAggregate, TSnapshot> snapshot)
        where TAggregate : class
        where TRow : YearRow, new()
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<AggregateStore>();
            store.Add(kind, key, original);
            await store.SaveAsync(default);
        }

        // Saved again after a change in a second scope, then read in a third: the update path loses nothing either.
        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<AggregateStore>();
            var stored = (await store.FindAsync(kind, key, default))!;
            stored.Version.Should().Be(1);
            kind.Write(stored.Aggregate).Should().Be(kind.Write(original), $"the {kind.Name} comes back as it was saved");
            snapshot(stored.Aggregate).Should().BeEquivalentTo(snapshot(original), o => o.WithStrictOrdering());
            store.Update(stored);
            await store.SaveAsync(default);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<AggregateStore>();
            var stored = (await store.FindAsync(kind, key, default))!;
            stored.Version.Should().Be(2);
            kind.Write(stored.Aggregate).Should().Be(kind.Write(original));
        }
    }

    private IServiceProvider Services()
    {
        Skip.If(fixture.Database.Unavailable is not null, fixture.Database.Unavailable);
        return fixture.Factory.Services;
    }
}
