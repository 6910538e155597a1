using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mentorship.Domain.Serialization.SystemTextJson.Converters;

/// <summary>
/// A NodaTime converter the source generator can name: NodaTime's own converters are instances built with a
/// pattern, while <see cref="JsonSourceGenerationOptionsAttribute.Converters"/> takes types with a parameterless
/// constructor. Each subclass hands the work to the instance <c>ConfigureForNodaTime</c> also uses, so the text
/// is the same with the context alone and with <see cref="MentorshipJson.Options"/>.
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal abstract class NodaTimeJsonConverter<T> : JsonConverter<T>
{
    private readonly JsonConverter<T> _inner;

    protected NodaTimeJsonConverter(JsonConverter<T> inner) => _inner = inner;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        _inner.Read(ref reader, typeToConvert, options)!;

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        _inner.Write(writer, value, options);
}
