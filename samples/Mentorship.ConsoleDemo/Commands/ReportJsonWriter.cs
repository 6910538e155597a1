using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Reports;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// Writes the indicators of both reports as JSON: for the institution and for the municipality (with each of its
/// organisations), every indicator's id, numerator, denominator and value (null for no data), target and status (both null for an
/// indicator without a target): every key is always present.
/// </summary>
internal static class ReportJsonWriter
{
    public static void Write(Stream stream, MonitoringReport institution, AnalyticalReport municipality)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(stream, options);
        json.WriteStartObject();
        json.WriteStartObject("institution");
        json.WriteString("organization", institution.Organization.Id.Value);
        json.WriteString("name", institution.Organization.ShortName);
        Period(json, institution.Indicators);
        Indicators(json, institution.Indicators);
        json.WriteEndObject();

        json.WriteStartObject("municipality");
        json.WriteString("name", municipality.Municipality);
        Period(json, municipality.Indicators);
        Indicators(json, municipality.Indicators);
        json.WriteStartArray("organizations");
        foreach (var part in municipality.Organizations)
        {
            json.WriteStartObject();
            json.WriteString("organization", part.Organization.Id.Value);
            json.WriteString("name", part.Organization.ShortName);
            Indicators(json, part.Indicators);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Period(Utf8JsonWriter json, IndicatorSet set)
    {
        json.WriteString("from", set.Period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("to", set.Period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
    }

    private static void Indicators(Utf8JsonWriter json, IndicatorSet set)
    {
        json.WriteStartArray("indicators");
        foreach (var r in set.Results)
        {
            json.WriteStartObject();
            json.WriteString("id", r.Id);
            json.WriteNumber("numerator", r.Numerator);
            json.WriteNumber("denominator", r.Denominator);
            if (r.Value.HasData)
            {
                json.WriteNumber("value", decimal.Round(r.Value.Number, 4));
            }
            else
            {
                json.WriteNull("value");
            }

            json.WriteString("unit", r.Kind switch
            {
                IndicatorKind.Share => "percent",
                IndicatorKind.Ratio => "ratio",
                _ => "points",
            });
            if (r.Target is { } target)
            {
                json.WriteString("target", target.ToString());
                json.WriteString("status", r.TargetStatus switch
                {
                    TargetStatus.Met => "met",
                    TargetStatus.Missed => "missed",
                    _ => "no-data",
                });
            }
            else
            {
                json.WriteNull("target");
                json.WriteNull("status");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
