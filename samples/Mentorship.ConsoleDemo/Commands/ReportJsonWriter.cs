using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Reports;
using NodaTime;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// Writes both reports as JSON: for the institution and for the municipality (with each of its organisations) the
/// local-acts checklist (<c>localActs</c>: kind, present, reference), the counts (<c>census</c>: by organisational
/// form, the pairs and groups fixed by order on the report's last day by participants' and organisational form,
/// mentors trained, the monthly pay), and every indicator's id, numerator, denominator and value (null for no data),
/// unit, target and status (both null for an indicator without a target), source, direction and stage: every key is
/// always present.
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
        LocalActs(json, institution);
        Census(json, institution.Census, institution.Period.End);
        Indicators(json, institution.Indicators);
        json.WriteEndObject();

        json.WriteStartObject("municipality");
        json.WriteString("name", municipality.Municipality);
        Period(json, municipality.Indicators);
        Census(json, municipality.Census, municipality.Period.End);
        Indicators(json, municipality.Indicators);
        json.WriteStartArray("organizations");
        foreach (var part in municipality.Organizations)
        {
            json.WriteStartObject();
            json.WriteString("organization", part.Organization.Id.Value);
            json.WriteString("name", part.Organization.ShortName);
            LocalActs(json, part);
            Census(json, part.Census, part.Period.End);
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

    private static void LocalActs(Utf8JsonWriter json, MonitoringReport report)
    {
        json.WriteStartArray("localActs");
        foreach (var check in report.LocalActs)
        {
            json.WriteStartObject();
            json.WriteString("kind", Code(check.Kind.ToString()));
            json.WriteString("title", check.Title);
            json.WriteBoolean("present", check.Present);
            if (check.Reference is { } reference)
            {
                json.WriteString("reference", reference);
            }
            else
            {
                json.WriteNull("reference");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Census(Utf8JsonWriter json, ProgrammeCensus census, LocalDate lastDay)
    {
        json.WriteStartObject("census");
        json.WriteNumber("pairs", census.Pairs);
        json.WriteNumber("groups", census.Groups);
        Forms(json, "byForm", census.ByForm.Select(f => (Code(f.Form.ToString()), f.Pairs, f.Groups)));
        json.WriteStartObject("fixedByOrder");
        json.WriteString("on", lastDay.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("pairs", census.FixedByOrder.Pairs);
        json.WriteNumber("groups", census.FixedByOrder.Groups);
        Forms(json, "byParticipants", census.FixedByOrder.ByParticipants.Select(f => (Code(f.Form.ToString()), f.Pairs, f.Groups)));
        Forms(json, "byForm", census.FixedByOrder.ByForm.Select(f => (Code(f.Form.ToString()), f.Pairs, f.Groups)));
        json.WriteEndObject();
        json.WriteNumber("mentorsTrained", census.MentorsTrained);
        json.WriteNumber("monthlyPayTotal", census.MonthlyPayTotal);
        json.WriteEndObject();
    }

    private static void Forms(Utf8JsonWriter json, string name, IEnumerable<(string Form, int Pairs, int Groups)> counts)
    {
        json.WriteStartArray(name);
        foreach (var (form, pairs, groups) in counts)
        {
            json.WriteStartObject();
            json.WriteString("form", form);
            json.WriteNumber("pairs", pairs);
            json.WriteNumber("groups", groups);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An enum member's name as a JSON code: <c>ManagerToEducator</c> → <c>manager-to-educator</c>.</summary>
    private static string Code(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

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

            var definition = IndicatorCatalog.Describe(r.Code);
            json.WriteStartObject("source");
            json.WriteString("kind", Code(definition.Source.Kind.ToString()));
            json.WriteString("citation", definition.Source.Citation);
            if (definition.Source.Note is { } note)
            {
                json.WriteString("note", note);
            }
            else
            {
                json.WriteNull("note");
            }

            json.WriteEndObject();
            json.WriteString("direction", definition.Direction switch
            {
                IndicatorDirection.HigherIsBetter => "higher",
                IndicatorDirection.LowerIsBetter => "lower",
                _ => "norm",
            });
            json.WriteString("stage", definition.Stage == IndicatorStage.Process ? "process" : "effect");
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
