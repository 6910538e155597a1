using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Mentorship.WebHost.Security;

/// <summary>
/// Writes a line to the audit log after every successful call of an operation or page marked audited in
/// <see cref="AccessPolicy"/> (who, when, which organisation and year, which person by identifier, what), and reads
/// an organisation's log for its coordinator. The log never holds the data itself.
/// </summary>
internal static class AuditLog
{
    /// <summary>The most lines one read returns (the newest first).</summary>
    public const int MaxRead = 500;

    // The line is written as the response starts, before anything of it leaves: no audited answer without its line.
    public static IApplicationBuilder UseAuditLog(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() => WriteAsync(context));
        await next(context);
    });

    private static async Task WriteAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var page = endpoint?.Metadata.GetMetadata<PageActionDescriptor>();
        var organization = context.GetRouteValue("organizationId") as string
            ?? (page is not null ? AccountClaims.OrganizationOf(context.User) : null);
        if (endpoint?.Metadata.GetMetadata<Access>() is not { Audit: { } action } || context.Response.StatusCode >= 400
            || context.User.Identity?.IsAuthenticated != true || organization is null)
        {
            return;
        }

        var reading = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        var form = !reading && context.Request.HasFormContentType ? context.Request.Form : null;
        var handler = context.Request.Query["handler"].ToString();
        var row = new AuditRow
        {
            At = context.RequestServices.GetRequiredService<IClock>().GetCurrentInstant().ToDateTimeUtc(),
            UserName = context.User.Identity.Name ?? string.Empty,
            OrganizationId = organization,
            Year = int.TryParse(context.GetRouteValue("year") as string ?? form?["year"].ToString(), out var year) ? year : context.RequestServices.GetRequiredService<HostClock>().Today.Year,
            Action = page is null || reading ? action : ErasingHandlers.Contains(handler) ? AuditAction.Erase : AuditAction.Change,
            Operation = page is null
                ? endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? string.Empty
                : handler.Length > 0 ? $"{page.ViewEnginePath}?handler={Bounded(handler)}" : page.ViewEnginePath,
            Subject = page is null ? SubjectOf(context) : PageSubjectOf(context, form),
        };

        // Its own unit of work: the request's is finished (and may hold what it failed to save).
        await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
        db.AuditLog.Add(row);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>The organisation's log for a year, newest first.</summary>
    public static async Task<IReadOnlyList<AuditEntryView>> ReadAsync(MentorshipDbContext db, string organization, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.AuditLog.AsNoTracking()
            .Where(r => r.OrganizationId == organization && r.Year == year)
            .OrderByDescending(r => r.Id)
            .Take(MaxRead)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AuditEntryView(Instant.FromDateTimeUtc(DateTime.SpecifyKind(r.At, DateTimeKind.Utc)), r.UserName, r.Action, r.Operation, r.Subject))];
    }

    // The person in the route, or the one a creation answered with (its Location), or every person of a list.
    private static string SubjectOf(HttpContext context)
    {
        if ((context.GetRouteValue("id") ?? context.GetRouteValue("educatorId")) is string id)
        {
            return Bounded(id);
        }

        var location = context.Response.Headers.Location.ToString();
        var entries = location.LastIndexOf("/entries/", StringComparison.Ordinal);
        return entries >= 0 ? Bounded(Uri.UnescapeDataString(location[(entries + "/entries/".Length)..])) : "*";
    }

    // A page's person: the one its form or query names (an entry, a respondent, a matching pair), the account's own on
    // /me, the pair or group of its route or form («unit:…»), or every person of the page («*»).
    private static string PageSubjectOf(HttpContext context, IFormCollection? form)
    {
        string Value(string key) => (form?[key].ToString() is { Length: > 0 } posted ? posted : context.Request.Query[key].ToString()).Trim();
        var people = PersonFields.Select(Value).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (people.Length > 0)
        {
            return Bounded(string.Join(' ', people));
        }

        if (context.Request.Path.StartsWithSegments("/me", StringComparison.OrdinalIgnoreCase) && AccountClaims.EducatorOf(context.User) is { } educator)
        {
            return Bounded(educator);
        }

        var unit = context.GetRouteValue("unitId") as string ?? (Value("unitId") is { Length: > 0 } u ? u : Value("unit"));
        return unit.Length > 0 ? Bounded("unit:" + unit) : "*";
    }

    // The form and query fields of the pages that name a person.
    private static readonly string[] PersonFields = ["id", "Mentee.Id", "respondent", "mentor", "mentee", "newMentor"];

    // The page handlers that erase a person's data.
    private static readonly HashSet<string> ErasingHandlers = new(["Withdraw", "Remove"], StringComparer.OrdinalIgnoreCase);

    private static string Bounded(string id) => id.Length <= 64 ? id : id[..64];
}
