using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>The coordinator's year at a glance, as of a day: what is due in the next working days, who waits, the mentors' load, K1.</summary>
public sealed record YearOverviewView(
    LocalDate Today,
    LocalDate Horizon,
    int WorkingDays,
    IReadOnlyList<DueItemView> Due,
    IReadOnlyList<WaitingMenteeView> Waiting,
    IReadOnlyList<MentorLoadView> Mentors,
    IndicatorView? K1,
    string? K1Target);
