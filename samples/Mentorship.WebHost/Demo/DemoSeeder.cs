using Mentorship.Domain.Banks;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Roadmap;
using Mentorship.SampleData;
using Mentorship.WebHost.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Mentorship.WebHost.Demo;

/// <summary>
/// Seeds an empty database with the demo organisation, its two banks, roadmap and staff list for <see cref="DemoData.Year"/>, through
/// the core's own commands (so the demo data passes every rule). Runs when <c>Demo:Seed</c> is true (the default).
/// </summary>
internal static partial class DemoSeeder
{
    public static async Task SeedAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<AggregateStore>();
        if (await store.Database.Organizations.AnyAsync(cancellationToken))
        {
            return;
        }

        var organization = DemoData.Organization;
        store.Database.Organizations.Add(new OrganizationRow
        {
            Id = organization.Id.Value,
            Snapshot = SnapshotJson.Write(OrganizationSnapshot.Of(organization)),
            Version = 1,
        });

        var key = new YearKey(organization.Id, DemoData.Year);
        var mentees = MenteeBank.Open(organization.Id, DemoData.Year);
        foreach (var application in DemoData.MenteeApplications)
        {
            Require(mentees.Admit(application, DemoData.IntakeDate).IsAccepted);
        }

        var mentors = MentorBank.Open(organization.Id, DemoData.Year);
        foreach (var application in DemoData.MentorApplications)
        {
            Require(mentors.Admit(application, DemoData.IntakeDate).IsAccepted);
        }

        store.Add(AggregateKinds.MenteeBank, key, mentees);
        store.Add(AggregateKinds.MentorBank, key, mentors);
        store.Add(AggregateKinds.Roadmap, key, ImportSeedRoadmap());
        store.Add(AggregateKinds.StaffList, key, SeedStaff());
        await store.SaveAsync(cancellationToken);
        LogSeeded(logger, key, mentees.Count, mentors.Count);
    }

    /// <summary>The seed's roadmap (order of 30.04.2022 № 88) for the demo year, with the April final event recorded done.</summary>
    private static YearRoadmap ImportSeedRoadmap()
    {
        var imported = RoadmapTableImporter.Import(SeedRoadmap.Text);
        if (!imported.IsSuccess)
        {
            throw new InvalidOperationException($"The seed roadmap does not import: {imported.Failure}");
        }

        var roadmap = new YearRoadmap(imported.Roadmap, RoadmapProgress.Empty);
        roadmap.RecordDone("3.1/2", new LocalDate(DemoData.Year, 4, 28));
        return roadmap;
    }

    /// <summary>The staff list: everyone in the banks, hired when they started teaching (a demo's simplification).</summary>
    private static StaffList SeedStaff()
    {
        var educators = DemoData.MenteeApplications.Select(a => a.Educator).Concat(DemoData.MentorApplications.Select(a => a.Educator)).DistinctBy(e => e.Id);
        return new StaffList(educators.Select(e => new StaffRecord(
            e.Id.Value,
            e.Post,
            e.TeachingSince ?? new LocalDate(DemoData.Year - 1, 9, 1),
            null,
            e.TeachingSince,
            YoungTeacherRule.LastDay(e.PersonalData.BirthDate, e.TeachingSince),
            [])));
    }

    private static void Require(bool accepted)
    {
        if (!accepted)
        {
            throw new InvalidOperationException("The demo data breaks a rule of the core.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo year {Key}: {Mentees} mentees, {Mentors} mentors")]
    private static partial void LogSeeded(ILogger logger, YearKey key, int mentees, int mentors);
}
