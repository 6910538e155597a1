namespace Mentorship.WebHost.Security;

/// <summary>
/// A request that changes anything through the API must carry a JSON body with the JSON content type. A browser sends
/// such a request across sites only after a CORS preflight (which the host never grants), so a forged form or a
/// bodiless "simple" POST from another site cannot change or erase anything with the user's cookie. Pages have their
/// antiforgery token instead.
/// </summary>
internal static class JsonWritesOnly
{
    public static IApplicationBuilder UseJsonWritesOnly(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var writes = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method);
        if (writes && SecuritySetup.IsApi(request))
        {
            if (!request.HasJsonContentType())
            {
                await Refuse(context, StatusCodes.Status415UnsupportedMediaType, "Запрос, который что-либо меняет, передаёт тело в JSON с заголовком Content-Type: application/json.");
                return;
            }

            if (request.ContentLength == 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
            {
                await Refuse(context, StatusCodes.Status400BadRequest, "Тело запроса пустое: передайте JSON-объект (хотя бы {}).");
                return;
            }
        }

        await next(context);
    });

    private static Task Refuse(HttpContext context, int status, string detail) =>
        Results.Problem(detail, statusCode: status, title: "Запрос отклонён").ExecuteAsync(context);
}
