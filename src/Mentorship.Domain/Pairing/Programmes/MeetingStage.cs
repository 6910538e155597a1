namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>The stages of the standard meeting sequence of a programme (federal methodology), in order.</summary>
public enum MeetingStage
{
    /// <summary>The introduction meeting (встреча-знакомство).</summary>
    Introduction = 1,

    /// <summary>The trial working meeting (пробная рабочая встреча).</summary>
    TrialMeeting = 2,

    /// <summary>The planning meeting (встреча-планирование).</summary>
    Planning = 3,

    /// <summary>One of the series of working meetings (комплекс последовательных встреч).</summary>
    Series = 4,

    /// <summary>The final meeting (итоговая встреча).</summary>
    Final = 5,
}
