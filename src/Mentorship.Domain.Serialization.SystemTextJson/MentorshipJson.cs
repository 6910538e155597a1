using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Mentorship.Domain.Serialization.SystemTextJson;

/// <summary>
/// Stores the core's snapshots as JSON: ready options and a small envelope that carries the schema version.
/// </summary>
/// <remarks>
/// <para>
/// With System.Text.Json's default options a NodaTime <see cref="LocalDate"/> is written as an object of its
/// properties and read back as 0001-01-01 without an error; these options write every NodaTime value as ISO
/// text. They also write enums by name (a row survives a renumbering) and Cyrillic letters as they are, not as
/// <c>\u0410</c> escapes, so a stored row is readable in any SQL console.
/// </para>
/// <para>
/// <see cref="Serialize{T}"/> writes <c>{"schemaVersion":1,"kind":"MenteeBankSnapshot","snapshot":{…}}</c>;
/// <see cref="Deserialize{T}"/> refuses a row of a newer schema or of another kind, and also reads a bare
/// snapshot (a row a host wrote with its own options before using this package) as schema 1.
/// </para>
/// </remarks>
public static class MentorshipJson
{
    /// <summary>
    /// The version of the stored form this package writes and the newest it reads. It grows when a snapshot
    /// changes in a way an older reader would get wrong; the CHANGELOG says how to migrate stored rows.
    /// </summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The source-generated metadata of every snapshot of the core (and of each part of one), for trimmed and
    /// native AOT hosts: no reflection. Chain it with a host's own context in
    /// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>; NodaTime dates and enums are written as
    /// <see cref="Options"/> writes them even with this resolver alone.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => MentorshipJsonContext.Default;

    /// <summary>Read-only options: <see cref="CreateOptions"/>, with <see cref="TypeInfoResolver"/> alone as resolver.</summary>
    public static JsonSerializerOptions Options { get; } = CreateReadOnly();

    /// <summary>
    /// New options a host may extend: NodaTime's converters for every NodaTime type
    /// (<c>ConfigureForNodaTime</c> with the TZDB provider), the core's enums by name (the context's own
    /// converters, so no reflection), Cyrillic written as
    /// is, and <see cref="TypeInfoResolver"/> as the first resolver in
    /// <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>. Add a host's own context after it; add
    /// <see cref="DefaultJsonTypeInfoResolver"/> only where reflection is allowed.
    /// </summary>
    /// <returns>Options not yet read-only.</returns>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            WriteIndented = false,
            // Every letter and sign as is (Cyrillic, «», №, —); only what HTML treats specially stays escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.TypeInfoResolverChain.Add(MentorshipJsonContext.Default);
        return options;
    }

    /// <summary>Writes a snapshot with its schema version and kind.</summary>
    /// <typeparam name="T">A snapshot type of the core (one <see cref="TypeInfoResolver"/> knows).</typeparam>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The JSON text, on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a snapshot of the core.</exception>
    public static string Serialize<T>(T snapshot)
        where T : class
    {
#if NET
        ArgumentNullException.ThrowIfNull(snapshot);
#else
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }
#endif

        var info = TypeInfo<T>();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("kind", typeof(T).Name);
            writer.WritePropertyName("snapshot");
            JsonSerializer.Serialize(writer, snapshot, info);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a snapshot written by <see cref="Serialize{T}"/>, or a bare snapshot, checking the schema version and kind.</summary>
    /// <typeparam name="T">The snapshot type expected.</typeparam>
    /// <param name="json">The stored text.</param>
    /// <returns>The snapshot, to be given to the aggregate's <c>FromSnapshot</c> (which validates it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, is of a newer schema or of another kind, or holds no snapshot.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a snapshot of the core.</exception>
    public static T Deserialize<T>(string json)
        where T : class
    {
#if NET
        ArgumentNullException.ThrowIfNull(json);
#else
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }
#endif

        var info = TypeInfo<T>();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var body = root;
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("snapshot", out var inner)
            && root.TryGetProperty("schemaVersion", out var version))
        {
            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number < 1)
            {
                throw new JsonException($"The stored {typeof(T).Name} has an invalid schemaVersion ({version.GetRawText()}); expected a whole number from 1 to {SchemaVersion}.");
            }

            if (number > SchemaVersion)
            {
                throw new JsonException($"The stored {typeof(T).Name} was written with schema version {number}; this version of {typeof(MentorshipJson).Assembly.GetName().Name} reads up to {SchemaVersion}. Update the package before reading it.");
            }

            if (root.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() != typeof(T).Name)
            {
                throw new JsonException($"The stored snapshot is a {kind.GetString()}, not a {typeof(T).Name}.");
            }

            body = inner;
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"The stored {typeof(T).Name} is {body.ValueKind.ToString().ToLowerInvariant()}, not an object.");
        }

        return body.Deserialize(info) ?? throw new JsonException($"The stored {typeof(T).Name} is empty.");
    }

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        Options.TryGetTypeInfo(typeof(T), out var info)
            ? (JsonTypeInfo<T>)info
            : throw new NotSupportedException($"{typeof(T).FullName} is not a snapshot of Mentorship.Domain known to {nameof(MentorshipJson)}.{nameof(TypeInfoResolver)}.");

    private static JsonSerializerOptions CreateReadOnly()
    {
        var options = CreateOptions();
        options.MakeReadOnly();
        return options;
    }
}
