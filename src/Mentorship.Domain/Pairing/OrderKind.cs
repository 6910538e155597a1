namespace Mentorship.Domain.Pairing;

/// <summary>The kinds of administrative order the pairing register issues.</summary>
public enum OrderKind
{
    /// <summary>The order fixing pairs and groups («О закреплении наставнических пар (групп)»).</summary>
    FixingUnits = 1,

    /// <summary>The order replacing a mentor («О замене наставника»).</summary>
    MentorReplacement = 2,

    /// <summary>The order ending a pair or group early («О досрочном прекращении наставничества»).</summary>
    EarlyTermination = 3,

    /// <summary>The order changing a group's composition («Об изменении состава наставнической группы»): a mentee added, released or moved.</summary>
    GroupMembershipChange = 4,
}
