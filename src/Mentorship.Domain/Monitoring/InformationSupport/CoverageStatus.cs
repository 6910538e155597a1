namespace Mentorship.Domain.Monitoring.InformationSupport;

/// <summary>How far a roadmap event is covered in the required channels (website and social networks).</summary>
public enum CoverageStatus
{
    /// <summary>In no required channel.</summary>
    NotCovered = 0,

    /// <summary>In some but not all required channels.</summary>
    Partly = 1,

    /// <summary>In every required channel.</summary>
    Covered = 2,
}
