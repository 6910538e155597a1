using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Mentorship.Domain.Tests.TestHelpers;

/// <summary>The JSON settings a host would use to store snapshots: System.Text.Json with NodaTime's converters.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new JsonSerializerOptions { WriteIndented = false }
        .ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
