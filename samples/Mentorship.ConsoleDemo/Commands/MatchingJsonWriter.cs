using System.Text.Encodings.Web;
using System.Text.Json;
using Mentorship.Domain.Matching;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// Writes a result in the specification's JSON shape: assignments, unmatched, summary. The JSON goes to the stream
/// as it is produced (flushed every <see cref="FlushBytes"/>), so a national result is never held whole in memory.
/// </summary>
internal static class MatchingJsonWriter
{
    /// <summary>How many bytes the writer holds before it passes them to the stream.</summary>
    public const int FlushBytes = 64 * 1024;

    public static void Write(Stream stream, MatchingResult result)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(stream, options);
        json.WriteStartObject();
        json.WriteStartArray("assignments");
        foreach (var a in result.Assignments)
        {
            json.WriteStartObject();
            json.WriteString("mentor", a.Mentor.Value);
            json.WriteString("mentee", a.Mentee.Value);
            json.WriteNumber("score", a.Score);
            json.WriteStartArray("covered");
            foreach (var c in a.Breakdown.Covered)
            {
                json.WriteStringValue(c.Topic.Value);
            }

            json.WriteEndArray();
            json.WriteStartArray("uncovered");
            foreach (var u in a.Breakdown.Uncovered)
            {
                json.WriteStringValue(u.Value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("unmatched");
        foreach (var u in result.Unmatched)
        {
            json.WriteStartObject();
            json.WriteString("mentee", u.Mentee.Value);
            json.WriteString("reason", u.Message);
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("mentees", result.MenteeCount);
        json.WriteNumber("matched", result.MatchedCount);
        json.WriteNumber("score", result.TotalScore);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushBytes)
        {
            json.Flush();
        }
    }
}
