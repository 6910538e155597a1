using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Mentorship.Domain.Serialization.SystemTextJson.Converters;

/// <summary><see cref="AnnualDate"/> as month and day, <c>"05-20"</c>.</summary>
internal sealed class AnnualDateJsonConverter : NodaTimeJsonConverter<AnnualDate>
{
    public AnnualDateJsonConverter()
        : base(NodaConverters.AnnualDateConverter)
    {
    }
}
