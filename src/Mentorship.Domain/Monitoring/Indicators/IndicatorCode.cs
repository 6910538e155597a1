namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>The monitoring indicators of domain guide §7 (K1–K12) and of the regional forms' questions on mentors' pay and training (K13, K14).</summary>
public enum IndicatorCode
{
    /// <summary>Coverage of young teachers (federal target ≥ 70 %).</summary>
    K1 = 1,

    /// <summary>Coverage of the mentee bank.</summary>
    K2 = 2,

    /// <summary>Programmes completed successfully.</summary>
    K3 = 3,

    /// <summary>Plan execution.</summary>
    K4 = 4,

    /// <summary>Early terminations and mentor replacements.</summary>
    K5 = 5,

    /// <summary>Satisfaction, per role.</summary>
    K6 = 6,

    /// <summary>Change between the entry and the final questionnaires, per role.</summary>
    K7 = 7,

    /// <summary>Retention in the profession.</summary>
    K8 = 8,

    /// <summary>Mentor load.</summary>
    K9 = 9,

    /// <summary>Staff involvement.</summary>
    K10 = 10,

    /// <summary>Professional growth of mentees.</summary>
    K11 = 11,

    /// <summary>Roadmap execution.</summary>
    K12 = 12,

    /// <summary>Share of active mentors whose agreement states pay (доля наставников с доплатой).</summary>
    K13 = 13,

    /// <summary>Share of active mentors trained in the last three years (доля обученных наставников).</summary>
    K14 = 14,
}
