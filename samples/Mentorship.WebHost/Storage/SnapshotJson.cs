using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// How snapshots are written to the database: System.Text.Json with NodaTime's converters (ISO dates) and enums
/// by name, so that a row is readable in any SQL console and survives a renumbering of enum members.
/// </summary>
internal static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write<T>(T snapshot) => JsonSerializer.Serialize(snapshot, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"A stored {typeof(T).Name} is empty.");

    private static JsonSerializerOptions Create()
    {
        var options = Mentorship.Domain.Serialization.SystemTextJson.MentorshipJson.CreateOptions(); // the package's context first
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        options.MakeReadOnly();
        return options;
    }
}
