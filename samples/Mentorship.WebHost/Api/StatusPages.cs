using Mentorship.WebHost.Security;

namespace Mentorship.WebHost.Api;

/// <summary>
/// Bodies for answers that have none: a page not found is the Russian HTML page «Страница не найдена» (re-executed
/// as <c>/not-found</c>, status 404 kept); the API, and every other status, keep problem details.
/// </summary>
internal static class StatusPages
{
    /// <summary>The path of the page shown for an unknown page.</summary>
    public const string NotFoundPath = "/not-found";

    public static IApplicationBuilder UseRussianStatusPages(this IApplicationBuilder app)
    {
        app.UseWhen(IsPageNotFound, page => page.UseStatusCodePagesWithReExecute(NotFoundPath));
        app.UseStatusCodePages();
        return app;
    }

    // Only GET and HEAD of a non-API path get the HTML page; the re-executed request is left alone (no loop).
    private static bool IsPageNotFound(HttpContext context) =>
        !SecuritySetup.IsApi(context.Request)
        && !context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method));
}
