using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.WebEncoders;
using Mentorship.WebHost.Api;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Demo;
using Mentorship.WebHost.Pages;
using Mentorship.WebHost.Security;
using Mentorship.WebHost.Storage;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

// The web host: the library embedded in a small school system. It maps the core's aggregates to rows and to HTTP;
// every rule stays in the core.
// `create-admin --user NAME` creates the first municipal administrator (password on standard input) and exits.
var (adminUser, hostArgs) = AdminCommand.Asked(args) ? AdminCommand.Parse(args) : (null, args);
var builder = WebApplication.CreateBuilder(hostArgs);

// Bounded input: no request body over 1 MB (a roadmap table is the largest thing the host takes).
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 1_000_000);

builder.Services.AddMentorshipStorage(builder.Configuration, builder.Environment.ContentRootPath);
var hostZone = DateTimeZoneProviders.Tzdb[builder.Configuration["Host:TimeZone"] ?? "Europe/Moscow"];
var demo = DemoSettings.From(builder.Configuration);

// The demo lives on its date (Demo:Today): the seeded year is played to it, and the host's "today" is that date.
builder.Services.AddSingleton<IClock>(demo.Seed ? new DemoClock(SystemClock.Instance, demo.Today, hostZone) : SystemClock.Instance);
builder.Services.AddSingleton(sp => new HostClock(sp.GetRequiredService<IClock>(), hostZone));
builder.Services.AddScoped<AggregateStore>();
builder.Services.AddScoped<OrganizationService>();
builder.Services.AddScoped<BankService>();
builder.Services.AddScoped<MatchingService>();
builder.Services.AddScoped<RoadmapService>();
builder.Services.AddScoped<PairingService>();
builder.Services.AddScoped<MonitoringService>();
builder.Services.AddScoped<YearOverviewService>();
builder.Services.AddScoped<ProgrammeService>();
builder.Services.AddScoped<StaffService>();
builder.Services.AddScoped<AccountService>();
builder.Services.AddMentorshipSecurity();
builder.Services.AddLoginThrottle(builder.Configuration);

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
});

// Binding failures throw, so that BadRequestHandler can answer with the field (and nothing is logged of the body).
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
{
    // The framework's own titles are English («Forbidden»); people read Russian.
    if (c.ProblemDetails.Title is null || c.ProblemDetails.Title == ReasonPhrases.GetReasonPhrase(c.ProblemDetails.Status ?? 0))
    {
        c.ProblemDetails.Title = ProblemTitles.ForStatus(c.ProblemDetails.Status) ?? c.ProblemDetails.Title;
    }
});
builder.Services.AddExceptionHandler<BadRequestHandler>();
builder.Services.AddOpenApi(o =>
{
    o.AddSchemaTransformer<NodaTimeSchemaTransformer>();
    o.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "Mentorship.WebHost";
        document.Info.Description = "The coordinator's year of mentorship for pedagogical workers: banks, matching, pairs and their life, programmes, roadmap, staff list, monitoring.";
        return Task.CompletedTask;
    });
});
builder.Services.AddRazorPages(o => o.Conventions.AddFolderApplicationModelConvention("/", SecuritySetup.RequireAccess));

// Page forms: model-binding messages in Russian; every posted or queried value bounded before a handler runs.
builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
{
    RussianModelBinding.Configure(o);
    o.Filters.Add<PageInputLimits>();
});

// Pages are in Russian: write Cyrillic as it is, not as character references.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseLoginThrottle();

app.UseExceptionHandler();
app.UseRussianStatusPages();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseJsonWritesOnly();
app.UseAuditLog();
app.UseAntiforgery();

app.MapOpenApi();

// Every API operation gets its access from the one table, AccessPolicy (a missing one stops the host here).
// Bodies are bounded before any rule runs; a change without If-Match is retried on fresh rows when its save loses a race.
var api = app.MapGroup(string.Empty).RequireAccess().AddEndpointFilter<InputLimits>().AddEndpointFilter<RetryWithoutIfMatch>();
AccountEndpoints.Map(api);
AccountEndpoints.MapAudit(api);
OrganizationEndpoints.Map(api);
BankEndpoints.Map(api);
MatchingEndpoints.Map(api);
RoadmapEndpoints.Map(api);
PairingEndpoints.Map(api);
ProgrammeEndpoints.Map(api);
StaffEndpoints.Map(api);
MonitoringEndpoints.Map(api);
MonitoringEndpoints.MapReports(api);
MonitoringEndpoints.MapQuestionnaires(api);
DocxEndpoints.Map(api);
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

if (app.Configuration.GetValue("Database:Migrate", true) || adminUser is not null)
{
    await StorageSetup.MigrateAsync(app.Services);
}

if (AdminCommand.Asked(args))
{
    return await AdminCommand.RunAsync(app.Services, adminUser, Console.In, Console.Out, Console.Error);
}

if (demo.Seed)
{
    // Demo accounts share one password, which must be given: the host has no built-in password.
    var demoPassword = app.Configuration["Demo:Password"];
    if (string.IsNullOrEmpty(demoPassword))
    {
        throw new InvalidOperationException("Demo:Seed=true требует пароль демонстрационных учётных записей в Demo:Password (не короче 12 символов).");
    }

    await DemoSeeder.SeedAsync(app.Services, demo, app.Logger);
    await DemoAccounts.SeedAsync(app.Services, demoPassword, app.Logger);
}

await app.RunAsync();
return 0;

/// <summary>The entry point; public so that the tests' WebApplicationFactory can start the host.</summary>
public partial class Program;
