using Mentorship.WebHost.Application;
using Mentorship.WebHost.Storage;

namespace Mentorship.WebHost.Api;

/// <summary>Reads the organisation, year and If-Match of a request under <c>/api/organizations/{organizationId}/years/{year}</c>.</summary>
internal static class YearRoute
{
    public const string Prefix = "/api/organizations/{organizationId}/years/{year:int}";

    /// <summary>Runs <paramref name="handler"/> with the checked key and expected version, or answers 400 naming the bad part.</summary>
    public static async Task<IResult> With(HttpContext context, string organizationId, int year, Func<YearKey, int?, Task<IResult>> handler)
    {
        var errors = new InputErrors();
        var key = YearKeys.Parse(organizationId, year, errors);
        var version = Versions.Parse(context.Request.Headers.IfMatch.ToString(), errors);
        return key is null || errors.Any ? HttpResults.Invalid(errors) : await handler(key.Value, version);
    }

    public static string Location(YearKey key, string rest) =>
        $"/api/organizations/{Uri.EscapeDataString(key.OrganizationId.Value)}/years/{key.Year}/{rest}";
}
