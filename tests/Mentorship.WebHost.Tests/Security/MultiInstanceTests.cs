using System.Net;
using System.Text.RegularExpressions;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>
/// Two instances of the host on one PostgreSQL database, as behind a load balancer: a login (cookie) and an
/// antiforgery token made by one are accepted by the other, and what one writes the other reads at once.
/// </summary>
public sealed class MultiInstanceTests : IDisposable
{
    private readonly PostgresDatabase _database = new();
    private readonly List<HostFactory> _hosts = [];

    [SkippableFact]
    public async Task TwoInstancesOnOneDatabase_ShareLoginsAntiforgeryAndData()
    {
        Skip.If(_database.Unavailable is not null, _database.Unavailable);
        var first = Start();
        var second = Start();
        var options = new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false };
        var a = first.CreateClient(options);
        var b = second.CreateClient(options);

        // Log in on the first instance; use the cookie on the second.
        var login = await a.PostJsonAsync("/api/account/login", new LoginInput("coordinator", Accounts.Password));
        login.StatusCode.Should().Be(HttpStatusCode.OK);
        var cookie = Cookies(login);
        var onSecond = new HttpRequestMessage(HttpMethod.Get, "/api/organizations/cdt-ilovlya/years/2026/mentee-bank");
        onSecond.Headers.Add("Cookie", cookie);
        (await b.SendAsync(onSecond)).StatusCode.Should().Be(HttpStatusCode.OK);

        // A form rendered by the first instance is posted to the second: its antiforgery token holds.
        var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/cdt-ilovlya/2026/agenda");
        pageRequest.Headers.Add("Cookie", cookie);
        var page = await a.SendAsync(pageRequest);
        var html = await page.Content.ReadAsStringAsync();
        var antiforgery = string.Join("; ", new[] { cookie, Cookies(page) }.Where(c => c.Length > 0));
        var item = Regex.Match(html, "name=\"workItemId\" value=\"([^\"]+)\"").Groups[1].Value;
        var post = new HttpRequestMessage(HttpMethod.Post, "/cdt-ilovlya/2026/agenda?handler=Done")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value,
                ["workItemId"] = item,
                ["version"] = Regex.Match(html, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var posted = await b.SendAsync(post);
        posted.StatusCode.Should().Be(HttpStatusCode.Redirect, "the second instance accepts the first one's token");

        // What the second wrote, the first reads at once (nothing cached in a process).
        var roadmap = new HttpRequestMessage(HttpMethod.Get, "/api/organizations/cdt-ilovlya/years/2026/roadmap");
        roadmap.Headers.Add("Cookie", cookie);
        var text = await (await a.SendAsync(roadmap)).Content.ReadAsStringAsync();
        var view = System.Text.Json.JsonSerializer.Deserialize<RoadmapView>(text, Json.Options)!;
        view.Version.Should().Be(2);
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _database.Dispose();
    }

    private HostFactory Start()
    {
        var host = new HostFactory(_database.Provider, _database.ConnectionString);
        _ = host.Server;
        _hosts.Add(host);
        return host;
    }

    private static string Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? string.Join("; ", values.Select(v => v.Split(';')[0])) : string.Empty;
}
