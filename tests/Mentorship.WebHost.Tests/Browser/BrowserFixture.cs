using System.Diagnostics.CodeAnalysis;
using Mentorship.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Mentorship.WebHost.Tests.Browser;

/// <summary>
/// The host on a real port (Kestrel on 127.0.0.1, SQLite file, demo data) and Debian's Chromium driven headless by
/// Playwright. Chromium comes from <c>MENTORSHIP_TEST_CHROMIUM</c> or <c>/usr/bin/chromium</c>; without it the
/// browser tests are skipped, saying so.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public class BrowserFixture : IAsyncLifetime
{
    private readonly SqliteDatabase _database = new();
    private HostFactory? _factory;
    private IPlaywright? _playwright;

    public string? Unavailable { get; private set; }

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The date the demo year is lived to; null for the banks only (20 May 2026).</summary>
    protected virtual NodaTime.LocalDate? LivedYearOn => null;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("MENTORSHIP_TEST_CHROMIUM") is { Length: > 0 } given ? given : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Unavailable = $"Browser tests skipped: no Chromium at {chromium} (.ci/run installs Debian's chromium; or set MENTORSHIP_TEST_CHROMIUM).";
            return;
        }

        _factory = new HostFactory(_database.Provider, _database.ConnectionString, LivedYearOn);
        _factory.UseKestrel();
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _database.Dispose();
    }
}
