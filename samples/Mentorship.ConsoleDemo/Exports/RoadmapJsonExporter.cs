using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.ConsoleDemo.Exports;

/// <summary>
/// The roadmap read for a year as JSON for other programs:
/// <c>{"year":…,"activities":[{"number","section","title","timing","kind","windows":[{"start","end"}],"responsible":[…],"deliverables":[{"title","windows"}]}]}</c>,
/// windows as inclusive ISO dates, <c>kind</c> the timing's form (<c>"unrecognised"</c>, with no windows, for a cell that
/// could not be read; <c>timing</c> keeps its text).
/// </summary>
internal static class RoadmapJsonExporter
{
    public static string Export(MentorshipRoadmap roadmap, int year)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("year", year);
            writer.WriteStartArray("activities");
            foreach (var activity in roadmap.Activities)
            {
                writer.WriteStartObject();
                writer.WriteString("number", activity.Number);
                writer.WriteString("section", roadmap.SectionOf(activity).Number);
                writer.WriteString("title", activity.Title);
                writer.WriteString("timing", activity.TimingText);
                writer.WriteString("kind", activity.Timing.Code);
                WriteWindows(writer, activity.Timing.WindowsFor(year));
                writer.WriteStartArray("responsible");
                foreach (var party in activity.Responsible)
                {
                    writer.WriteStringValue(party.Name);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("deliverables");
                foreach (var deliverable in activity.Deliverables)
                {
                    writer.WriteStartObject();
                    writer.WriteString("title", deliverable.Title);
                    WriteWindows(writer, activity.TimingOf(deliverable).WindowsFor(year));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteWindows(Utf8JsonWriter writer, IReadOnlyList<DateInterval> windows)
    {
        writer.WriteStartArray("windows");
        foreach (var window in windows)
        {
            writer.WriteStartObject();
            writer.WriteString("start", Iso(window.Start));
            writer.WriteString("end", Iso(window.End));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
