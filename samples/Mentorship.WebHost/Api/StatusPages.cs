using Mentorship.WebHost.Security;

namespace Mentorship.WebHost.Api;

/// <summary>
/// Bodies for answers that have none: a page not found is the Russian HTML page «Страница не найдена» (the request
/// run again as <c>/not-found</c>, status 404 kept); the API, and every other status, keep problem details.
/// </summary>
internal static class StatusPages
{
    /// <summary>The path of the page shown for an unknown page.</summary>
    public const string NotFoundPath = "/not-found";

    public static IApplicationBuilder UseRussianStatusPages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Response.StatusCode == StatusCodes.Status404NotFound && IsPage(http.Request))
            {
                await NotFoundPageAsync(context);
                return;
            }

            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } }))
            {
                await http.Response.WriteAsync(ProblemTitles.ForStatus(http.Response.StatusCode) ?? string.Empty);
            }
        });

    // Only GET and HEAD of a page (not the API, not the OpenAPI document) get the HTML page.
    private static bool IsPage(HttpRequest request) =>
        !SecuritySetup.IsApi(request)
        && !request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));

    // What UseStatusCodePagesWithReExecute does, for this one status: route the request again to the page, then put
    // the original path back.
    private static async Task NotFoundPageAsync(Microsoft.AspNetCore.Diagnostics.StatusCodeContext context)
    {
        var http = context.HttpContext;
        var originalPath = http.Request.Path;
        var originalQuery = http.Request.QueryString;
        http.SetEndpoint(null);
        http.Request.RouteValues.Clear();
        http.Request.Path = NotFoundPath;
        http.Request.QueryString = QueryString.Empty;
        try
        {
            await context.Next(http);
        }
        finally
        {
            http.Request.Path = originalPath;
            http.Request.QueryString = originalQuery;
        }
    }
}
