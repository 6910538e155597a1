using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>
/// Generates the standard meetings of a programme (federal methodology): introduction → trial working meeting →
/// planning → a series of meetings → final meeting, each on a different working day inside the period, in that order.
/// </summary>
/// <remarks>
/// The introduction is on the period's first working day and the final meeting on its last. The trial meeting and
/// planning follow at <see cref="MeetingSequenceOptions.StageGapWorkingDays"/> each; in a period too short for that,
/// they are put at a third and two thirds of its working days. The series is spread evenly (by working days) between
/// planning and the final meeting.
/// </remarks>
public static class StandardMeetingSequence
{
    /// <summary>Generates the meetings as plan items, in date order.</summary>
    /// <param name="period">The programme period, both ends included.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="options">The spacing; <see cref="MeetingSequenceOptions.Default"/> when null.</param>
    /// <returns>The plan items, or a rejection when the period is too short or the series does not fit.</returns>
    /// <exception cref="UnknownProductionYearException">The calendar does not know a year of the period.</exception>
    public static Outcome<IReadOnlyList<PlanItem>> Generate(DateInterval period, IWorkingDayCalendar calendar, MeetingSequenceOptions? options = null)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(calendar);
        options ??= MeetingSequenceOptions.Default;
        var days = new List<LocalDate>();
        foreach (var day in period)
        {
            if (calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        if (MeetingSequenceRule.Check(days.Count) is { } tooShort)
        {
            return new Rejection(tooShort);
        }

        var last = days.Count - 1;
        var gap = options.StageGapWorkingDays;
        int trial, planning;
        if ((2 * gap) < last)
        {
            trial = gap;
            planning = 2 * gap;
        }
        else
        {
            trial = last / 3;
            planning = 2 * last / 3;
        }

        var room = last - planning;
        var series = options.SeriesCount ?? System.Math.Max(0, ((room + options.SeriesIntervalWorkingDays - 1) / options.SeriesIntervalWorkingDays) - 1);
        if (MeetingSequenceRule.CheckSeries(series, room - 1) is { } doesNotFit)
        {
            return new Rejection(doesNotFit);
        }

        var items = new List<PlanItem>
        {
            Meeting(days[0], MeetingStage.Introduction, 0),
            Meeting(days[trial], MeetingStage.TrialMeeting, 0),
            Meeting(days[planning], MeetingStage.Planning, 0),
        };
        for (var i = 1; i <= series; i++)
        {
            items.Add(Meeting(days[planning + (room * i / (series + 1))], MeetingStage.Series, i));
        }

        items.Add(Meeting(days[last], MeetingStage.Final, 0));
        return items;
    }

    private static PlanItem Meeting(LocalDate date, MeetingStage stage, int number) => stage switch
    {
        MeetingStage.Introduction => new PlanItem(
            "Организационное", "Встреча-знакомство: знакомство, ожидания и запросы, правила взаимодействия", "встреча", date, PlanResponsible.MentorAndMentee,
            "согласованные правила взаимодействия, уточнённый запрос", stage),
        MeetingStage.TrialMeeting => new PlanItem(
            "Диагностическое", "Пробная рабочая встреча: совместное решение практической задачи, выявление затруднений и сильных сторон", "рабочая встреча", date,
            PlanResponsible.MentorAndMentee, "перечень затруднений и сильных сторон", stage),
        MeetingStage.Planning => new PlanItem(
            "Организационное", "Встреча-планирование: цель, задачи и план работы, формы отчётности", "встреча", date, PlanResponsible.MentorAndMentee,
            "план работы пары (группы)", stage),
        MeetingStage.Series => new PlanItem(
            "Методическое", "Рабочая встреча № " + number.ToString(CultureInfo.InvariantCulture) + " по плану: консультация, посещение и анализ занятий, разбор затруднений",
            "консультация, посещение занятия", date, PlanResponsible.Mentor, "рекомендации наставника, записи в журнале встреч", stage),
        _ => new PlanItem(
            "Аналитическое", "Итоговая встреча: итоги, степень достижения цели, итоговое анкетирование", "встреча", date, PlanResponsible.MentorAndMentee,
            "отчёт о реализации программы, итоговые анкеты", stage),
    };
}
