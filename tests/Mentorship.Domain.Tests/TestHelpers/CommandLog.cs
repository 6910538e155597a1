using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Tests.TestHelpers;

/// <summary>
/// The log of a scenario told command by command, for the approved texts: each step's name, what the command answered
/// (accepted, or each violation's code with its structured arguments as <c>name:Kind=value</c>) and the events the
/// aggregate raised, as JSON with Cyrillic left readable.
/// </summary>
internal sealed class CommandLog
{
    /// <summary>Compact JSON with NodaTime's converters and every Unicode letter as itself.</summary>
    public static readonly JsonSerializerOptions Compact = new(Json.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The same, indented, for snapshots.</summary>
    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    private readonly StringBuilder _text = new();

    /// <summary>Appends free text.</summary>
    public CommandLog Append(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Starts a step.</summary>
    public void Begin(string step) => _text.Append(CultureInfo.InvariantCulture, $"\n> {step}\n");

    /// <summary>A step whose command answers accepted or refused.</summary>
    public void Step(AggregateRoot aggregate, string step, CommandResult result)
    {
        Begin(step);
        if (result.IsAccepted)
        {
            _text.Append("accepted\n");
        }
        else
        {
            Refused(result.Rejection);
        }

        Events(aggregate);
    }

    /// <summary>A step whose command answers a value or a refusal; the value as its text unless told how to describe it.</summary>
    public void Step<T>(AggregateRoot aggregate, string step, Outcome<T> result, Func<T, string>? describe = null)
    {
        Begin(step);
        if (result.IsAccepted)
        {
            _text.Append(CultureInfo.InvariantCulture, $"accepted: {(describe is null ? result.Value?.ToString() : describe(result.Value))}\n");
        }
        else
        {
            Refused(result.Rejection);
        }

        Events(aggregate);
    }

    /// <summary>Each violation of a refusal, a line each.</summary>
    public void Refused(Rejection rejection)
    {
        foreach (var violation in rejection.Violations)
        {
            _text.Append(CultureInfo.InvariantCulture, $"refused {violation.Code} ({string.Join("; ", violation.Arguments.Select(a => $"{a.Name}:{a.Kind}={a.Value}"))})\n");
        }
    }

    /// <summary>The events the aggregate raised since the last call, a line each.</summary>
    public void Events(AggregateRoot aggregate)
    {
        foreach (var e in aggregate.DequeueEvents())
        {
            _text.Append(CultureInfo.InvariantCulture, $"event {e.GetType().Name} {JsonSerializer.Serialize(e, e.GetType(), Compact)}\n");
        }
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
