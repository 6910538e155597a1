using Mentorship.Domain.Banks;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Roadmap;
using Mentorship.SampleData;
using Mentorship.SampleData.Year;
using Mentorship.WebHost.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Mentorship.WebHost.Demo;

/// <summary>
/// Seeds an empty database with the demo organisation when <c>Demo:Seed</c> is true. By default
/// (<see cref="DemoContent.Year"/>) it stores the demo year lived to the demo date, played by the shared script
/// <see cref="DemoYear"/> through the core's own commands (the console demo plays the same): both banks, the pairs
/// and groups with their orders, programmes with done marks, questionnaire responses, the staff list with
/// achievements, the roadmap of both calendar years with its progress, and last year's pairs. With
/// <see cref="DemoContent.Banks"/> only the banks, the roadmap and the staff list as taken in on 20 May.
/// </summary>
internal static partial class DemoSeeder
{
    public static async Task SeedAsync(IServiceProvider services, DemoSettings settings, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<AggregateStore>();
        if (await store.Database.Organizations.AnyAsync(cancellationToken))
        {
            return;
        }

        if (settings.Content == DemoContent.Year)
        {
            await SeedYearAsync(store, settings.Today, logger, cancellationToken);
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

    /// <summary>The demo year lived to a date, every aggregate the host keeps, in one save.</summary>
    private static async Task SeedYearAsync(AggregateStore store, LocalDate today, ILogger logger, CancellationToken cancellationToken)
    {
        var lived = DemoYear.Play(today);
        var organization = DemoYear.Organization;
        store.Database.Organizations.Add(new OrganizationRow
        {
            Id = organization.Id.Value,
            Snapshot = SnapshotJson.Write(OrganizationSnapshot.Of(organization)),
            Version = 1,
        });

        var key = new YearKey(organization.Id, DemoYear.Year);
        var previous = new YearKey(organization.Id, DemoYear.Year - 1);
        store.Add(AggregateKinds.MenteeBank, key, lived.MenteeBank);
        store.Add(AggregateKinds.MentorBank, key, lived.MentorBank);
        store.Add(AggregateKinds.StaffList, key, StaffOf(lived));
        store.Add(AggregateKinds.PairingRegister, previous, lived.PreviousPairing);
        store.Add(AggregateKinds.QuestionnaireBook, previous, new QuestionnaireBook(lived.PreviousResponses.Select(ResponseRecord.Of)));
        if (lived.Pairing is { } register)
        {
            store.Add(AggregateKinds.PairingRegister, key, register);
            store.Add(AggregateKinds.ProgrammeBook, key, new ProgrammeBook(lived.Programmes));
            store.Add(AggregateKinds.QuestionnaireBook, key, new QuestionnaireBook(lived.Responses.Select(ResponseRecord.Of)));
        }

        // The roadmap is kept per calendar year; the school year spans two.
        foreach (var (year, progress) in lived.RoadmapProgress)
        {
            store.Add(AggregateKinds.Roadmap, new YearKey(organization.Id, year), new YearRoadmap(lived.Roadmap, progress));
        }

        await store.SaveAsync(cancellationToken);
        LogSeededYear(logger, key, today, lived.Pairing?.Units.Count ?? 0, lived.Responses.Count);
    }

    /// <summary>The lived year's staff list: posts from the banks, the others as teachers of additional education; achievements by person.</summary>
    private static StaffList StaffOf(DemoYear lived)
    {
        var educators = DemoData.MenteeApplications.Select(a => a.Educator).Concat(DemoData.MentorApplications.Select(a => a.Educator))
            .Append(PairingDemoData.NewHire.Educator).Append(PairingDemoData.NewMentor.Educator)
            .DistinctBy(e => e.Id).ToDictionary(e => e.Id);
        return new StaffList(lived.Staff.Select(f => new StaffRecord(
            f.Id.Value,
            educators.TryGetValue(f.Id, out var e) ? e.Post : "педагог дополнительного образования",
            f.EmployedFrom,
            f.EmployedThrough,
            educators.TryGetValue(f.Id, out var t) ? t.TeachingSince : f.EmployedFrom,
            f.YoungTeacherThrough,
            lived.Achievements.Where(a => a.Educator == f.Id).Select(a => new AchievementRecord(a.On, a.Kind, a.Title)).ToArray())));
    }

    /// <summary>The seed's roadmap (order of 30.04.2022 № 88) for the demo year, with the April final event recorded done.</summary>
    private static YearRoadmap ImportSeedRoadmap()
    {
        var imported = RoadmapTableImporter.Import(SeedRoadmap.Text);
        if (!imported.IsSuccess)
        {
            throw new InvalidOperationException($"Дорожная карта демонстрационных данных не импортируется: {imported.Failure}");
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
            throw new InvalidOperationException("Демонстрационные данные нарушают правило ядра.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo year {Key} lived to {Today}: {Units} pairs and groups, {Responses} questionnaire responses")]
    private static partial void LogSeededYear(ILogger logger, YearKey key, LocalDate today, int units, int responses);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo year {Key}: {Mentees} mentees, {Mentors} mentors")]
    private static partial void LogSeeded(ILogger logger, YearKey key, int mentees, int mentors);
}
