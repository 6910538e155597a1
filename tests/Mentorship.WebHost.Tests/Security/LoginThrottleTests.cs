using System.Net;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>
/// Login limits per client address (on SQLite, with small limits): failed attempts from one address stop before they
/// can lock other people's accounts, another address is not affected, a flood of attempts is cut, and every refusal
/// is a Russian 429 with Retry-After; and HSTS is sent over HTTPS outside Development only.
/// </summary>
public sealed class LoginThrottleTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly List<HostFactory> _hosts = [];

    [Fact]
    public async Task FailedLogins_FromOneAddress_AreCutBeforeTheyLockAnAccount_AndOtherAddressesStillLogIn()
    {
        var host = Start(new() { ["Security:LoginFailuresPer15Minutes"] = "3" });
        var attacker = Client(host, "203.0.113.7");
        var colleague = Client(host, "198.51.100.20");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await attacker.PostJsonAsync("/api/account/login", new LoginInput("coordinator", "неверный-пароль-000")));
        }

        answers.Select(a => a.StatusCode).Should().Equal(
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests);
        var refusal = answers[^1];
        refusal.Headers.RetryAfter.Should().NotBeNull();
        var problem = await refusal.ReadObjectAsync();
        ((string)problem["title"]!).Should().Be("Слишком много попыток входа");
        ((int)problem["status"]!).Should().Be(429);

        // Even the right password is not checked from the blocked address; the account was not locked (3 failures < 5).
        (await attacker.PostJsonAsync("/api/account/login", new LoginInput("coordinator", Accounts.Password))).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await colleague.PostJsonAsync("/api/account/login", new LoginInput("coordinator", Accounts.Password))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SuccessfulLogins_DoNotSpendTheFailures_ButAFloodOfAttemptsIsCut_OnTheFormToo()
    {
        var host = Start(new() { ["Security:LoginFailuresPer15Minutes"] = "2", ["Security:LoginAttemptsPerMinute"] = "5" });
        var school = Client(host, "192.0.2.44");

        var logins = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            logins.Add((await school.PostJsonAsync("/api/account/login", new LoginInput("coordinator", Accounts.Password))).StatusCode);
        }

        logins.Should().AllBeEquivalentTo(HttpStatusCode.OK, "five colleagues behind one address log in");
        var form = await school.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "coordinator", ["Password"] = "x" }));
        form.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        form.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await form.Content.ReadAsStringAsync()).Should().Contain("Слишком много попыток входа").And.Contain("Повторить можно через");
        form.Headers.GetValues("Content-Security-Policy").Should().NotBeEmpty();

        // The logout button posts to the same page and is not a login attempt.
        var logout = await school.PostAsync("/account/login?handler=Logout", new FormUrlEncodedContent([]));
        logout.StatusCode.Should().NotBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Hsts_IsSentOverHttps_OutsideDevelopmentOnly()
    {
        var production = Start(new() { ["AllowedHosts"] = "mentorship.example" });
        var development = Start(new() { ["AllowedHosts"] = "mentorship.example", ["environment"] = "Development" });
        var secure = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://mentorship.example"), AllowAutoRedirect = false };
        var plain = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://mentorship.example"), AllowAutoRedirect = false };

        var overHttps = await production.CreateClient(secure).GetAsync("/account/login");
        var overHttp = await production.CreateClient(plain).GetAsync("/account/login");
        var inDevelopment = await development.CreateClient(secure).GetAsync("/account/login");

        overHttps.StatusCode.Should().Be(HttpStatusCode.OK);
        overHttps.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=31536000");
        overHttp.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
        inDevelopment.StatusCode.Should().Be(HttpStatusCode.OK);
        inDevelopment.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _database.Dispose();
    }

    private HostFactory Start(Dictionary<string, string> settings)
    {
        var host = new HostFactory(_database.Provider, _database.ConnectionString, settings: settings);
        _ = host.Server;
        _hosts.Add(host);
        return host;
    }

    private static HttpClient Client(HostFactory host, string address)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(HostFactory.ClientAddressHeader, address);
        return client;
    }
}
