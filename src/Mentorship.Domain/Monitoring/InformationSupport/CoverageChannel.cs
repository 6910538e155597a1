namespace Mentorship.Domain.Monitoring.InformationSupport;

/// <summary>Where a roadmap event was covered (roadmap item 4.1).</summary>
public enum CoverageChannel
{
    /// <summary>The organisation's website (required).</summary>
    Website = 1,

    /// <summary>The organisation's social networks (required).</summary>
    SocialNetwork = 2,

    /// <summary>Municipal media or the municipal education authority's site (where possible).</summary>
    Municipal = 3,

    /// <summary>Regional media or the regional authority's site (where possible).</summary>
    Regional = 4,
}
