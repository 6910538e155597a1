namespace Mentorship.Domain.People;

/// <summary>The organisational form of mentorship (форма наставничества) of the federal methodology.</summary>
public enum MentorshipForm
{
    /// <summary>Traditional one-to-one mentoring (традиционная, «один на один»), the default.</summary>
    Individual = 1,

    /// <summary>Group mentoring: one mentor with a group of two or more mentees (групповая).</summary>
    Group = 2,

    /// <summary>Virtual or remote mentoring (виртуальная, дистанционная); allows a mentor from another organisation.</summary>
    Virtual = 3,

    /// <summary>Short-term or goal-setting mentoring (краткосрочная, целеполагающая).</summary>
    ShortTerm = 4,

    /// <summary>Reverse mentoring: a younger educator mentors an older one, usually on digital tools (реверсивная).</summary>
    Reverse = 5,

    /// <summary>Situational mentoring, on demand (ситуационная).</summary>
    Situational = 6,

    /// <summary>Speed mentoring: a single meeting (скоростная).</summary>
    Speed = 7,

    /// <summary>Flash mentoring: short meetings to choose a pair (флеш-наставничество).</summary>
    Flash = 8,

    /// <summary>Team mentoring (командная).</summary>
    Team = 9,
}
