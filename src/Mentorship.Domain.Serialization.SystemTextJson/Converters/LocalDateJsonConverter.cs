using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Mentorship.Domain.Serialization.SystemTextJson.Converters;

/// <summary><see cref="LocalDate"/> as ISO text, <c>"2026-09-01"</c>.</summary>
internal sealed class LocalDateJsonConverter : NodaTimeJsonConverter<LocalDate>
{
    public LocalDateJsonConverter()
        : base(NodaConverters.LocalDateConverter)
    {
    }
}
