namespace Mentorship.Domain.Monitoring.Reports;

/// <summary>The quadrant of a SWOT analysis an input belongs to.</summary>
public enum SwotQuadrant
{
    /// <summary>Strengths (сильные стороны).</summary>
    Strength = 1,

    /// <summary>Weaknesses (слабые стороны).</summary>
    Weakness = 2,

    /// <summary>Opportunities (возможности).</summary>
    Opportunity = 3,

    /// <summary>Threats (угрозы).</summary>
    Threat = 4,
}
