using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.ConsoleDemo.Exports;

/// <summary>
/// The adapter from a year's roadmap schedule to iCalendar (RFC 5545) with Ical.Net: one all-day event per work
/// item, from its start to its due date (DTEND is the day after, as the standard wants for all-day events),
/// with a stable UID so that re-importing a new export updates the events instead of doubling them.
/// </summary>
internal static class RoadmapIcsExporter
{
    public const string ProductId = "-//Mentorship.Domain//Roadmap//RU";

    public static string Export(RoadmapSchedule schedule, Instant stamp)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", $"Дорожная карта наставничества, {schedule.Year.ToString(CultureInfo.InvariantCulture)}");
        var dtStamp = new CalDateTime(stamp.ToDateTimeUtc());
        foreach (var item in schedule.Items)
        {
            var responsible = string.Join(", ", item.Responsible.Select(p => p.Name));
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{schedule.Year.ToString(CultureInfo.InvariantCulture)}-{item.Id}@mentorship-domain",
                Summary = $"{item.Activity.Number}. {item.Title}",
                Description = $"Мероприятие: {item.Activity.Title}\nСрок: {item.Activity.TimingText}\nОтветственные: {responsible}\nСдать до: {item.Due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}",
                Start = new CalDateTime(item.Start.Year, item.Start.Month, item.Start.Day),
                End = new CalDateTime(item.Due.PlusDays(1).Year, item.Due.PlusDays(1).Month, item.Due.PlusDays(1).Day),
                DtStamp = dtStamp,
            };
            calendarEvent.Categories.Add(item.Role.ToString());
            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
