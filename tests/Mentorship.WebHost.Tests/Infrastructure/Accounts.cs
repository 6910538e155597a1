using System.Net;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Security;

namespace Mentorship.WebHost.Tests.Infrastructure;

/// <summary>Logins for the tests: the demo accounts (one per role) and coordinators of the tests' own organisations.</summary>
public static class Accounts
{
    /// <summary>The password of every demo account and of every account a test creates.</summary>
    public const string Password = "проверочный-пароль-2026";

    /// <summary>The demo account of each role (a mentor, T01, and a mentee, S01).</summary>
    public static IReadOnlyDictionary<Role, string> DemoUser { get; } = new Dictionary<Role, string>
    {
        [Role.Municipal] = "municipal",
        [Role.Coordinator] = "coordinator",
        [Role.Director] = "director",
        [Role.Mentor] = "t01",
        [Role.Mentee] = "s01",
    };

    /// <summary>Logs the client in (its cookie replaces any earlier login); fails the test when refused.</summary>
    public static async Task<HttpClient> LogInAsync(this HttpClient client, string userName, string password = Password)
    {
        var response = await client.PostJsonAsync("/api/account/login", new LoginInput(userName, password));
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"the account '{userName}' logs in");
        return client;
    }

    /// <summary>
    /// Makes an organisation of the test's own (as the municipal administrator), creates its coordinator, and logs the
    /// client in as that coordinator. Returns the organisation's identifier.
    /// </summary>
    public static async Task<string> NewOrganizationAsync(HttpClient client)
    {
        var id = $"t-{Guid.NewGuid():N}"[..14];
        await client.LogInAsync(DemoUser[Role.Municipal]);
        (await client.PostJsonAsync("/api/organizations", Inputs.Organization(id))).StatusCode.Should().Be(HttpStatusCode.Created);
        var coordinator = $"c{id}";
        (await client.PostJsonAsync("/api/accounts", new AccountInput(coordinator, Password, Role.Coordinator, id, null))).StatusCode.Should().Be(HttpStatusCode.Created);
        await client.LogInAsync(coordinator);
        return id;
    }
}
