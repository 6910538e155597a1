using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;

namespace Mentorship.WebHost.Application;

/// <summary>
/// The organisation's staff list for a year: the educators employed, with their posts, employment, young-teacher
/// status and achievements. Monitoring turns it into the core's <see cref="EducatorFact"/>s and
/// <see cref="AchievementFact"/>s (K1, K8, K10, K11). Each entry is checked by building those facts.
/// </summary>
public sealed class StaffService(AggregateStore store, OrganizationService organizations, HostClock clock)
{
    public async Task<HostOutcome<StaffListView>> GetAsync(YearKey key, CancellationToken cancellationToken) =>
        await store.ReadAsync(AggregateKinds.StaffList, key, cancellationToken) is { } found
            ? HostOutcome<StaffListView>.Ok(StaffListView.Of(key, found.Aggregate, found.Version, clock.Today), found.Version)
            : HostOutcome<StaffListView>.Ok(StaffListView.Of(key, new StaffList(), 0, clock.Today));

    /// <summary>Adds an educator to the staff list or replaces their entry.</summary>
    public async Task<HostOutcome<StaffListView>> PutAsync(YearKey key, string educatorId, StaffMemberInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var record = Parse(key, educatorId, input, errors);
        if (record is null)
        {
            return HostFailure.Invalid(errors);
        }

        if (await organizations.FindAsync(key.OrganizationId.Value, cancellationToken) is null)
        {
            return HostFailure.NotFound($"Организации «{key.OrganizationId}» нет.");
        }

        var stored = await store.FindAsync(AggregateKinds.StaffList, key, cancellationToken);
        if (stored is not null && Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        bool added;
        int version;
        StaffList list;
        if (stored is null)
        {
            list = new StaffList([record]);
            added = true;
            version = store.Add(AggregateKinds.StaffList, key, list).Version;
        }
        else
        {
            list = stored.Aggregate;
            added = list.Put(record);
            store.Update(stored);
            version = stored.Version;
        }

        return await SaveAsync(key, list, version, added, cancellationToken);
    }

    /// <summary>Takes an educator off the staff list (an entry made in error; a person who left keeps theirs with the last day).</summary>
    public async Task<HostOutcome<StaffListView>> RemoveAsync(YearKey key, string educatorId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(AggregateKinds.StaffList, key, cancellationToken);
        if (stored is null || stored.Aggregate.Find(educatorId) is null)
        {
            return HostFailure.NotFound($"В штатном списке {key} нет педагога «{educatorId}».");
        }

        if (Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        stored.Aggregate.Remove(educatorId);
        store.Update(stored);
        return await SaveAsync(key, stored.Aggregate, stored.Version, created: false, cancellationToken);
    }

    /// <summary>The core's facts of a staff list: one employment per educator, and their achievements.</summary>
    public static void AddFacts(MonitoringFactsBuilder facts, YearKey key, StaffList list)
    {
        foreach (var member in list.Members)
        {
            var id = EducatorId.From(member.Id);
            facts.Add(new EducatorFact(id, key.OrganizationId, member.HiredOn, member.LeftOn, member.YoungTeacherThrough));
            foreach (var achievement in member.Achievements)
            {
                facts.Add(new AchievementFact(id, achievement.On, achievement.Kind, achievement.Title));
            }
        }
    }

    private static StaffRecord? Parse(YearKey key, string educatorId, StaffMemberInput input, InputErrors errors)
    {
        var id = errors.TryValue("educatorId", () => EducatorId.From(educatorId));
        var post = errors.Required(input.Post, "post");
        var hiredOn = errors.Required(input.HiredOn, "hiredOn");
        if (input.BirthDate is not null && input.YoungTeacherThrough is not null)
        {
            errors.Add("youngTeacherThrough", "Укажите дату рождения или последний день статуса молодого педагога, но не то и другое.");
        }

        var youngThrough = input.BirthDate is { } born ? YoungTeacherRule.LastDay(born, input.TeachingSince) : input.YoungTeacherThrough;
        if (id is { } i && hiredOn is { } from)
        {
            // The core's fact checks the employment (its end not before its start).
            errors.Try("leftOn", () => new EducatorFact(i, key.OrganizationId, from, input.LeftOn, youngThrough));
        }

        var achievements = new List<AchievementRecord>();
        var given = input.Achievements ?? [];
        for (var n = 0; n < given.Count; n++)
        {
            var on = errors.Required(given[n]?.On, $"achievements[{n}].on");
            var kind = errors.Required(given[n]?.Kind, $"achievements[{n}].kind");
            if (on is null || kind is null || id is null)
            {
                continue;
            }

            var index = n;
            if (errors.Try($"achievements[{n}]", () => new AchievementFact(id.Value, on.Value, kind.Value, given[index]!.Title)) is { } fact)
            {
                achievements.Add(new AchievementRecord(fact.On, fact.Kind, fact.Title));
            }
        }

        return errors.Any
            ? null
            : new StaffRecord(id!.Value.Value, post!.Trim(), hiredOn!.Value, input.LeftOn, input.TeachingSince, youngThrough, achievements.OrderBy(a => a.On).ToArray());
    }

    private static HostFailure? Stale(int version, int? expected, YearKey key) =>
        expected is { } e && e != version
            ? HostFailure.Stale(AggregateKinds.StaffList.Name, key, version, e)
            : null;

    private async Task<HostOutcome<StaffListView>> SaveAsync(YearKey key, StaffList list, int version, bool created, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException e)
        {
            return HostFailure.Conflict(e.Message);
        }

        var view = StaffListView.Of(key, list, version, clock.Today);
        return created ? HostOutcome<StaffListView>.New(view, version) : HostOutcome<StaffListView>.Ok(view, version);
    }
}
