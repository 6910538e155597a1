using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Api;

/// <summary>
/// A request the framework could not bind (malformed JSON, a value of the wrong type, an unknown field, a
/// missing body) becomes a 400 validation problem naming the field by its JSON path. The value itself is never
/// repeated, in the answer or in a log: it may be personal data.
/// </summary>
internal sealed partial class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (field, message) = Describe(bad);
        httpContext.Response.StatusCode = bad.StatusCode;
        var details = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = bad.StatusCode,
            Title = ProblemTitles.Invalid,
            Detail = "Запрос не удалось прочитать; ничего не изменено.",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = null });
    }

    private static (string Field, string Message) Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            var message = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "Такого поля в этом запросе нет."
                : "Значение не подходит: проверьте тип и формат (даты — гггг-мм-дд, существующий день; перечисления — по имени).";
            return (field, message);
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return ("body", "Тело запроса должно быть в формате application/json.");
        }

        // A route or query parameter: the framework's message names it ("Failed to bind parameter "T name" from …").
        var parameter = ParameterName().Match(bad.Message);
        var aboutBody = bad.Message.Contains("request body", StringComparison.Ordinal) || bad.Message.StartsWith("Implicit body", StringComparison.Ordinal);
        return parameter.Success && !aboutBody
            ? (parameter.Groups["name"].Value, "Значение не подходит: проверьте тип и формат.")
            : ("body", "Тела запроса нет, или это не JSON.");
    }

    [GeneratedRegex("""parameter "(?:[^"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)"\s""", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();

    // "$.educator.birthDate" → "educator.birthDate"; "$" (or no path) → "body".
    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
