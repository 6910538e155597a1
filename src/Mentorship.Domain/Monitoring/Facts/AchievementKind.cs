namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>A sign of a mentee's professional growth (indicator K11).</summary>
public enum AchievementKind
{
    /// <summary>A new qualification category awarded (новая квалификационная категория).</summary>
    NewCategory = 1,

    /// <summary>Took part in a professional contest (участие в профессиональном конкурсе).</summary>
    Contest = 2,

    /// <summary>Gave an open lesson (открытое занятие, мастер-класс).</summary>
    OpenLesson = 3,

    /// <summary>Published a methodological work (публикация).</summary>
    Publication = 4,
}
