using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.InformationSupport;

/// <summary>
/// An organisation's information-support log (roadmap item 4.1): which roadmap events were covered where. The seed
/// requires the website and social networks, and municipal and regional coverage where possible.
/// </summary>
/// <remarks>Not thread-safe: a host serialises the commands sent to one log.</remarks>
public sealed class InformationSupportLog : AggregateRoot
{
    private static readonly CoverageChannel[] Required = [CoverageChannel.Website, CoverageChannel.SocialNetwork];

    private readonly List<CoverageRecord> _records = [];

    private InformationSupportLog(OrganizationId organizationId)
    {
        Guard.Against.Default(organizationId);
        OrganizationId = organizationId;
    }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The records, in the order recorded.</summary>
    public IReadOnlyList<CoverageRecord> Records => _records;

    /// <summary>The channels every event must be covered in: the website and social networks.</summary>
    public static IReadOnlyList<CoverageChannel> RequiredChannels => Required;

    /// <summary>Opens an empty log.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentException">The identifier is the default value.</exception>
    public static InformationSupportLog Open(OrganizationId organizationId) => new(organizationId);

    /// <summary>
    /// Records a publication about a roadmap event: an item of this organisation (<see cref="CoverageOrganizationRule"/>),
    /// not before its window (<see cref="CoverageDateRule"/>), not recorded already (<see cref="CoverageDuplicateRule"/>).
    /// </summary>
    /// <param name="item">The roadmap item covered.</param>
    /// <param name="channel">Where.</param>
    /// <param name="on">The date of the publication.</param>
    /// <param name="reference">A link or a note identifying the publication.</param>
    /// <returns>Accepted, or a rejection naming every broken rule.</returns>
    /// <exception cref="ArgumentException">The channel is unknown or the reference blank.</exception>
    public CommandResult Record(RoadmapItemFact item, CoverageChannel channel, LocalDate on, string reference)
    {
        Guard.Against.Null(item);
        Guard.Against.EnumOutOfRange(channel);
        var record = new CoverageRecord(item.Id, channel, on, Guard.Against.NullOrWhiteSpace(reference).Trim());
        var violations = new List<RuleViolation>();
        violations.AddIfPresent(CoverageOrganizationRule.Check(item, OrganizationId));
        violations.AddIfPresent(CoverageDateRule.Check(item, on));
        violations.AddIfPresent(CoverageDuplicateRule.Check(record, _records));
        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        _records.Add(record);
        Raise(new CoverageRecorded(on, OrganizationId, item.Id, channel));
        return CommandResult.Ok;
    }

    /// <summary>The channels a roadmap item was covered in by a date.</summary>
    /// <param name="roadmapItemId">The item's identifier.</param>
    /// <param name="asOf">The date; publications after it are not counted.</param>
    /// <returns>The channels, distinct, in enum order.</returns>
    public IReadOnlyList<CoverageChannel> ChannelsOf(string roadmapItemId, LocalDate asOf) =>
        _records.Where(r => r.On <= asOf && string.Equals(r.RoadmapItemId, roadmapItemId, StringComparison.Ordinal))
            .Select(r => r.Channel).Distinct().OrderBy(c => c).ToArray();

    /// <summary>
    /// Reviews the coverage of this organisation's roadmap events held by a date (recorded done on or before it): the
    /// channels used, the required channels missing, and the status. Events not yet held need no coverage yet.
    /// </summary>
    /// <param name="items">Roadmap items; those of other organisations and those not done by the date are skipped.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>One entry per item, in the order given.</returns>
    public IReadOnlyList<RoadmapItemCoverage> Review(IEnumerable<RoadmapItemFact> items, LocalDate asOf)
    {
        Guard.Against.Null(items);
        var result = new List<RoadmapItemCoverage>();
        foreach (var item in items)
        {
            if (item is null || item.OrganizationId != OrganizationId || item.DoneOn is not { } done || done > asOf)
            {
                continue;
            }

            var channels = ChannelsOf(item.Id, asOf);
            var missing = Required.Where(c => !channels.Contains(c)).ToArray();
            var status = missing.Length == 0 ? CoverageStatus.Covered : missing.Length == Required.Length ? CoverageStatus.NotCovered : CoverageStatus.Partly;
            result.Add(new RoadmapItemCoverage(item, channels, missing, status));
        }

        return result;
    }

    /// <summary>The stored form of the log.</summary>
    /// <returns>The snapshot.</returns>
    public InformationSupportLogSnapshot ToSnapshot() => new(OrganizationId.Value, _records.ToArray());

    /// <summary>Restores a log from its stored form; raises no events.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentException">The snapshot holds invalid values or the same publication twice.</exception>
    public static InformationSupportLog FromSnapshot(InformationSupportLogSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        var log = new InformationSupportLog(OrganizationId.From(snapshot.OrganizationId));
        foreach (var r in Guard.Against.Null(snapshot.Records, nameof(snapshot)))
        {
            Guard.Against.Null(r, nameof(snapshot));
            Guard.Against.NullOrWhiteSpace(r.RoadmapItemId, nameof(snapshot));
            Guard.Against.NullOrWhiteSpace(r.Reference, nameof(snapshot));
            Guard.Against.EnumOutOfRange(r.Channel, nameof(snapshot));
            if (CoverageDuplicateRule.Check(r, log._records) is not null)
            {
                throw new ArgumentException("Invalid snapshot: the same publication is recorded twice.", nameof(snapshot));
            }

            log._records.Add(r);
        }

        return log;
    }

    /// <inheritdoc />
    public override string ToString() => $"InformationSupportLog {OrganizationId} ({_records.Count} records)";
}
