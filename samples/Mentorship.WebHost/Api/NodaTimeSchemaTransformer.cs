using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Mentorship.WebHost.Api;

/// <summary>
/// NodaTime values travel as ISO strings (their JSON converters), which the schema generator cannot see: this
/// describes them as such in the OpenAPI document.
/// </summary>
internal sealed class NodaTimeSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(LocalDate))
        {
            Describe(schema, "date", null, "2026-05-20");
        }
        else if (type == typeof(AnnualDate))
        {
            Describe(schema, null, "^[0-9]{2}-[0-9]{2}$", "04-01");
        }

        return Task.CompletedTask;
    }

    private static void Describe(OpenApiSchema schema, string? format, string? pattern, string example)
    {
        schema.Type = JsonSchemaType.String;
        schema.Format = format;
        schema.Pattern = pattern;
        schema.Properties?.Clear();
        schema.Required?.Clear();
        schema.Description = $"e.g. {example}";
    }
}
