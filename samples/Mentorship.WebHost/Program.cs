using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Mentorship.WebHost.Api;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Demo;
using Mentorship.WebHost.Storage;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

// The web host: the library embedded in a small school system. It maps the core's aggregates to rows and to HTTP;
// every rule stays in the core.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddMentorshipStorage(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSingleton(sp => new HostClock(
    sp.GetRequiredService<IClock>(),
    DateTimeZoneProviders.Tzdb[builder.Configuration["Host:TimeZone"] ?? "Europe/Moscow"]));
builder.Services.AddScoped<AggregateStore>();
builder.Services.AddScoped<OrganizationService>();
builder.Services.AddScoped<BankService>();
builder.Services.AddScoped<MatchingService>();
builder.Services.AddScoped<RoadmapService>();
builder.Services.AddScoped<PairingService>();
builder.Services.AddScoped<MonitoringService>();
builder.Services.AddScoped<ProgrammeService>();
builder.Services.AddScoped<StaffService>();

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
});

// Binding failures throw, so that BadRequestHandler can answer with the field (and nothing is logged of the body).
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
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
builder.Services.AddRazorPages();

// Pages are in Russian: write Cyrillic as it is, not as character references.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRouting();
app.UseAntiforgery();

app.MapOpenApi();
OrganizationEndpoints.Map(app);
BankEndpoints.Map(app);
MatchingEndpoints.Map(app);
RoadmapEndpoints.Map(app);
PairingEndpoints.Map(app);
ProgrammeEndpoints.Map(app);
StaffEndpoints.Map(app);
MonitoringEndpoints.Map(app);
MonitoringEndpoints.MapReports(app);
MonitoringEndpoints.MapQuestionnaires(app);
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();

if (app.Configuration.GetValue("Database:Migrate", true))
{
    await StorageSetup.MigrateAsync(app.Services);
}

if (app.Configuration.GetValue("Demo:Seed", true))
{
    await DemoSeeder.SeedAsync(app.Services, app.Logger);
}

await app.RunAsync();

/// <summary>The entry point; public so that the tests' WebApplicationFactory can start the host.</summary>
public partial class Program;
