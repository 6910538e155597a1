using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Mentorship.WebHost.Tests.Infrastructure;

/// <summary>
/// The real host (Program) on a given database, with the demo data and accounts seeded, a fake clock, and every log line
/// captured. By default the demo's banks only, on 20 May 2026 (inside the demo year's intake window); with
/// <paramref name="livedYearOn"/> the demo year lived to that date, the clock on it.
/// </summary>
/// <param name="provider">The database provider.</param>
/// <param name="connectionString">The database.</param>
/// <param name="livedYearOn">The date the demo year is lived to (null: the banks only, on 20 May 2026).</param>
/// <param name="settings">Configuration that replaces the tests' defaults (such as the login limits, which the tests
/// otherwise raise out of reach: every test client logs in from the same test address).</param>
public sealed class HostFactory(string provider, string connectionString, LocalDate? livedYearOn = null, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>The request header that sets the test client's address (the test server has none of its own).</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public FakeClock Clock { get; } = new((livedYearOn ?? new LocalDate(2026, 5, 20)).At(new LocalTime(10, 0)).InUtc().ToInstant().Minus(Duration.FromHours(3)));

    public CapturedLogs Logs { get; } = new();

    /// <summary>A new client logged in as the demo account of a role.</summary>
    public Task<HttpClient> ClientAsAsync(Mentorship.WebHost.Security.Role role) => CreateClient().LogInAsync(Accounts.DemoUser[role]);

    /// <summary>A new client logged in as a user name (the demo password by default).</summary>
    public Task<HttpClient> ClientAsAsync(string userName) => CreateClient().LogInAsync(userName);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Mentorship", connectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Content", livedYearOn is null ? "banks" : "year");
        if (livedYearOn is { } today)
        {
            builder.UseSetting("Demo:Today", today.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.UseSetting("Demo:Password", Accounts.Password);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.UseSetting("Security:LoginAttemptsPerMinute", "1000000");
        builder.UseSetting("Security:LoginFailuresPer15Minutes", "1000000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(Logs);
        });
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
        });
    }
}

/// <summary>Gives each test request the client address of its <see cref="HostFactory.ClientAddressHeader"/> header.</summary>
internal sealed class ClientAddressFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (System.Net.IPAddress.TryParse(context.Request.Headers[HostFactory.ClientAddressHeader].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
