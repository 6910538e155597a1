using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Security;
using Mentorship.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>
/// The access table as a matrix: every operation of the OpenAPI document tried anonymously, as each demo role and as
/// the coordinator of another organisation, on the demo organisation's routes, expecting 401, 403 or "let in" (any
/// other status) as <see cref="AccessPolicy"/> says; plus rules that hold whatever the table says (the municipal
/// administrator never reaches personal data; a mentee changes nothing but their own login). Has a host of its own:
/// the operations that are let in really run (with an empty body).
/// </summary>
public abstract class AccessMatrixSuite<TDatabase>(HostFixture<TDatabase> fixture) : IClassFixture<HostFixture<TDatabase>>
    where TDatabase : ITestDatabase, IDisposable, new()
{
    private const string Organization = "cdt-ilovlya";

    [SkippableFact]
    public async Task OpenApiDocument_EveryOperation_IsInTheAccessTableAndBack()
    {
        var operations = await OperationsAsync();

        operations.Select(o => o.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(AccessPolicy.Operations.Keys);
        operations.Should().HaveCountGreaterThan(60);
    }

    [SkippableFact]
    public async Task EveryOperation_AnonymousAndAsEachRole_Gets401Or403OrIsLetInAsTheTableSays()
    {
        var operations = await OperationsAsync();
        var other = await OtherCoordinatorAsync();
        var callers = new List<(string Name, Role Roles, string? Organization, string? Educator, HttpClient Client)>
        {
            ("anonymous", Role.None, null, null, NewClient()),
            ("municipal", Role.Municipal, null, null, await LoggedInAsync("municipal")),
            ("coordinator", Role.Coordinator, Organization, null, await LoggedInAsync("coordinator")),
            ("director", Role.Director, Organization, null, await LoggedInAsync("director")),
            ("t01", Role.Mentor, Organization, "T01", await LoggedInAsync("t01")),
            ("s01", Role.Mentee, Organization, "S01", await LoggedInAsync("s01")),
            ("t07", Role.Mentor | Role.Mentee, Organization, "T07", await LoggedInAsync("t07")),
            (other.UserName, Role.Coordinator, other.Organization, null, other.Client),
        };

        var wrong = new List<string>();
        foreach (var (name, roles, organization, educator, client) in callers)
        {
            foreach (var operation in operations)
            {
                // Logging out would end the caller's login for the rest of the matrix: it is tried on a login of its own.
                var caller = operation.Id == "Logout" && roles != Role.None ? await LoggedInAsync(name) : client;
                var response = await caller.SendAsync(operation.Request(educator ?? "S01"));
                var expected = Expected(AccessPolicy.Operations[operation.Id], roles, organization, educator);
                var status = (int)response.StatusCode;
                var got = status is 401 or 403 ? status : 0;
                if (got != expected)
                {
                    wrong.Add($"{name} {operation.Method} {operation.Path} ({operation.Id}): expected {Say(expected)}, got {status}");
                }
            }
        }

        wrong.Should().BeEmpty();
    }

    [SkippableFact]
    public async Task MunicipalAdministrator_NeverReachesPersonalData()
    {
        var municipal = await LoggedInAsync("municipal");
        var personal = (await OperationsAsync()).Where(o => o.Path.Contains("-bank", StringComparison.Ordinal) || o.Path.Contains("/staff", StringComparison.Ordinal)
            || o.Path.Contains("/pairing", StringComparison.Ordinal) || o.Path.Contains("/programmes", StringComparison.Ordinal)
            || o.Path.Contains("/matching", StringComparison.Ordinal) || o.Path.Contains("/questionnaires/responses", StringComparison.Ordinal)).ToList();

        personal.Should().HaveCountGreaterThan(40);
        foreach (var operation in personal)
        {
            (await municipal.SendAsync(operation.Request("S01"))).StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{operation.Id} holds people's data");
        }
    }

    [SkippableFact]
    public async Task Mentee_ChangesNothingButTheirLogin_AndReadsOnlyTheirOwnEntry()
    {
        var mentee = await LoggedInAsync("s02");
        (await mentee.GetAsync($"/api/organizations/{Organization}/years/2026/mentee-bank/entries/S02")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await mentee.GetAsync($"/api/organizations/{Organization}/years/2026/mentee-bank/entries/S01")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await mentee.GetAsync($"/api/organizations/{Organization}/years/2026/mentee-bank/entries/S02/personal-data")).StatusCode.Should().Be(HttpStatusCode.OK);
        var writes = (await OperationsAsync()).Where(o => o.Method != "GET" && o.Id is not ("Login" or "Logout")).ToList();

        foreach (var operation in writes)
        {
            (await mentee.SendAsync(operation.Request("S02"))).StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{operation.Id} is not a mentee's to call");
        }
    }

    [SkippableFact]
    public async Task Pages_Anonymous_AreSentToTheLoginForm_AndRolesStayInTheirPlace()
    {
        var anonymous = NewClient();
        var director = await LoggedInAsync("director");
        var mentee = await LoggedInAsync("s03");
        var municipal = await LoggedInAsync("municipal");

        var start = await anonymous.GetAsync("/");
        var banks = await anonymous.GetAsync($"/{Organization}/2026/banks");
        var api = await anonymous.GetAsync($"/api/organizations/{Organization}/years/2026/mentee-bank");
        var login = await anonymous.GetAsync("/account/login");

        start.StatusCode.Should().Be(HttpStatusCode.Redirect);
        start.Headers.Location!.ToString().Should().Contain("/account/login");
        banks.Headers.Location!.ToString().Should().Contain("/account/login").And.Contain(Uri.EscapeDataString($"/{Organization}/2026/banks"));
        api.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        login.StatusCode.Should().Be(HttpStatusCode.OK);
        (await login.Content.ReadAsStringAsync()).Should().Contain("Вход");
        (await director.GetAsync($"/{Organization}/2026/banks")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await director.PostAsync($"/{Organization}/2026/agenda?handler=Done", new FormUrlEncodedContent([]))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await mentee.GetAsync($"/{Organization}/2026/banks")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await municipal.GetAsync($"/{Organization}/2026/banks")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await municipal.GetAsync($"/{Organization}/2026/indicators")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task Login_WrongPasswordFiveTimes_LocksTheAccount_AndLogoutEndsTheCookie()
    {
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.PostJsonAsync("/api/account/login", new LoginInput("s04", "не-тот-пароль-совсем"))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var locked = await client.PostJsonAsync("/api/account/login", new LoginInput("s04", Accounts.Password));
        locked.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the right password does not open a locked account");
        (await locked.Content.ReadAsStringAsync()).Should().Contain("заблокирована");

        var coordinator = await LoggedInAsync("coordinator");
        (await coordinator.GetAsync("/api/account")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await coordinator.PostJsonAsync("/api/account/logout", new { })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await coordinator.GetAsync("/api/account")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [SkippableFact]
    public async Task CreateAccount_PasswordRulesAndScope_AreEnforcedNamingTheField()
    {
        var coordinator = await LoggedInAsync("coordinator");

        var shortPassword = await coordinator.PostJsonAsync("/api/accounts", new AccountInput("t01-second", "короткий", Role.Mentor, null, "T01"));
        var municipal = await coordinator.PostJsonAsync("/api/accounts", new AccountInput("boss", Accounts.Password, Role.Municipal, null, null));
        var elsewhere = await coordinator.PostJsonAsync("/api/accounts", new AccountInput("spy", Accounts.Password, Role.Director, "other-org", null));
        var noEducator = await coordinator.PostJsonAsync("/api/accounts", new AccountInput("t99", Accounts.Password, Role.Mentor, null, null));
        var taken = await coordinator.PostJsonAsync("/api/accounts", new AccountInput("director", Accounts.Password, Role.Director, null, null));
        var created = await coordinator.PostJsonAsync("/api/accounts", new AccountInput("deputy", Accounts.Password, Role.Director, null, null));

        (await Fields(shortPassword)).Should().Equal("password");
        (await Fields(municipal)).Should().Equal("role");
        (await Fields(elsewhere)).Should().Contain("organizationId");
        (await Fields(noEducator)).Should().Equal("educatorId");
        (await Fields(taken)).Should().Equal("userName");
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var view = await created.ReadAsync<AccountView>();
        view.OrganizationId.Should().Be(Organization);
        view.Roles.Should().Equal(Role.Director);
        (await (await LoggedInAsync("deputy")).GetAsync($"/api/organizations/{Organization}/years/2026/pairing")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task CreateAdmin_PasswordFromStandardInput_MakesAMunicipalAdministrator()
    {
        var client = NewClient();
        var services = fixture.Factory.Services;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var noUser = await AdminCommand.RunAsync(services, null, new StringReader(Accounts.Password + "\n"), output, error);
        var weak = await AdminCommand.RunAsync(services, "region", new StringReader("12345\n"), output, error);
        var made = await AdminCommand.RunAsync(services, "region", new StringReader(Accounts.Password + "\n"), output, error);

        noUser.Should().Be(2);
        weak.Should().Be(1);
        error.ToString().Should().Contain("password: Пароль не короче 12 символов.");
        made.Should().Be(0);
        output.ToString().Should().Contain("region").And.NotContain(Accounts.Password);
        var account = await (await client.LogInAsync("region")).GetAsync("/api/account");
        (await account.ReadAsync<AccountView>()).Roles.Should().Equal(Role.Municipal);
    }

    private static async Task<string[]> Fields(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        return [.. (await response.ReadObjectAsync())["errors"]!.AsObject().Select(e => e.Key)];
    }

    // 0 = let in (neither 401 nor 403).
    // A participant's requests name their own entry in {id}; a staff member's name S01.
    private static int Expected(Access access, Role roles, string? organization, string? educator)
    {
        if (access.IsAnonymous)
        {
            return 0;
        }

        if (roles == Role.None)
        {
            return 401;
        }

        return access.Grants.Any(g => (g.Roles & roles) != Role.None && g.Scope switch
        {
            Scope.Everywhere => true,
            Scope.OwnOrganization => organization == Organization,
            Scope.OwnEntry => organization == Organization && educator is not null,
            _ => false, // no unit in the demo year has the caller in it
        }) ? 0 : 403;
    }

    private static string Say(int expected) => expected == 0 ? "to be let in" : expected.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private HttpClient NewClient()
    {
        Skip.If(fixture.Database.Unavailable is not null, fixture.Database.Unavailable);
        return fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    private Task<HttpClient> LoggedInAsync(string userName) => NewClient().LogInAsync(userName);

    private async Task<(string UserName, string Organization, HttpClient Client)> OtherCoordinatorAsync()
    {
        var client = NewClient();
        var organization = await Accounts.NewOrganizationAsync(client);
        return ($"c{organization}", organization, client);
    }

    private async Task<IReadOnlyList<Operation>> OperationsAsync()
    {
        var document = JsonNode.Parse(await NewClient().GetStringAsync("/openapi/v1.json"))!;
        var operations = new List<Operation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation?["operationId"] is { } id)
                {
                    operations.Add(new Operation((string)id!, method.ToUpperInvariant(), path));
                }
            }
        }

        return operations;
    }

    /// <summary>An operation of the OpenAPI document, and its request on the demo organisation's routes.</summary>
    private sealed record Operation(string Id, string Method, string Path)
    {
        public HttpRequestMessage Request(string id)
        {
            var url = Path
                .Replace("{organizationId}", Organization, StringComparison.Ordinal)
                .Replace("{year}", "2026", StringComparison.Ordinal)
                .Replace("{id}", id, StringComparison.Ordinal)
                .Replace("{educatorId}", id, StringComparison.Ordinal)
                .Replace("{unitId}", "U1", StringComparison.Ordinal)
                .Replace("{number}", "1", StringComparison.Ordinal)
                .Replace("{municipality}", Uri.EscapeDataString("Иловлинский муниципальный район"), StringComparison.Ordinal);
            var request = new HttpRequestMessage(new HttpMethod(Method), url);
            if (Method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            return request;
        }
    }
}
