using System.Net;
using System.Text;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Security;
using Mentorship.WebHost.Tests.Infrastructure;
using NodaTime;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>
/// What an attacker on the network tried before the hardening: bodiless and form posts to the API, a foreign Host
/// header, missing security headers, unbounded or poisoned input, and false conflicts under concurrent admissions.
/// </summary>
public abstract class HardeningSuite<TDatabase>(HostFixture<TDatabase> fixture) : IClassFixture<HostFixture<TDatabase>>
    where TDatabase : ITestDatabase, IDisposable, new()
{
    private const string Demo = "/api/organizations/cdt-ilovlya/years/2026";

    protected HostFixture<TDatabase> Fixture { get; } = fixture;

    [SkippableFact]
    public async Task StateChangingPost_WithoutAJsonBody_IsRefusedAndErasesNobody()
    {
        var client = await CoordinatorAsync();

        var bodiless = await client.PostAsync($"{Demo}/mentee-bank/entries/S05/consent-withdrawal", null);
        var form = await client.PostAsync($"{Demo}/mentee-bank/entries/S05/consent-withdrawal", new FormUrlEncodedContent([]));
        var plain = await client.PostAsync($"{Demo}/mentee-bank/entries/S05/consent-withdrawal", new StringContent("{}", Encoding.UTF8, "text/plain"));
        var empty = await client.PostAsync($"{Demo}/mentee-bank/entries/S05/consent-withdrawal", new StringContent(string.Empty, Encoding.UTF8, "application/json"));

        bodiless.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        form.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        plain.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bodiless.Content.ReadAsStringAsync()).Should().Contain("application/json");
        (await client.GetAsync($"{Demo}/mentee-bank/entries/S05")).StatusCode.Should().Be(HttpStatusCode.OK, "nobody was erased");
    }

    [SkippableFact]
    public async Task ForeignHostHeader_IsRefused()
    {
        var client = await CoordinatorAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Demo}/mentee-bank");
        request.Headers.Host = "attacker.example";

        (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndPersonalDataIsNotStored()
    {
        var client = await CoordinatorAsync();
        var anonymous = Fixture.Factory.CreateClient();

        foreach (var response in new[]
        {
            await client.GetAsync($"{Demo}/mentee-bank/entries/S01"),
            await client.GetAsync("/cdt-ilovlya/2026/banks"),
            await anonymous.GetAsync("/account/login"),
            await anonymous.GetAsync($"{Demo}/mentee-bank"),
        })
        {
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            csp.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline");
            response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
            response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
            response.Headers.CacheControl!.NoStore.Should().BeTrue();
            response.Headers.Contains("Strict-Transport-Security").Should().BeFalse("HSTS is sent over HTTPS only");
        }

        var page = await (await client.GetAsync("/cdt-ilovlya/2026/banks")).Content.ReadAsStringAsync();
        page.Should().NotContain("<script>").And.NotContain("style=\"", "the policy allows no inline script or style");
    }

    [SkippableFact]
    public async Task Inputs_OverTheLimitsOrWithControlCharacters_Return400NamingTheField()
    {
        var client = NewClient();
        var year = await Years.NewAsync(client);
        var valid = Inputs.Mentee("M1", "digital");

        var cases = new (string Field, MenteeAdmissionInput Input)[]
        {
            ("educator.fullName", valid with { Educator = valid.Educator! with { FullName = new string('я', 10_000) } }),
            ("excludedMentors", valid with { ExcludedMentors = [.. Enumerable.Range(1, 51).Select(i => $"T{i}")] }),
            ("educator.post", valid with { Educator = valid.Educator! with { Post = "учитель\0" } }),
            ("educator.fullName", valid with { Educator = valid.Educator! with { FullName = "Иванова \u202EМария" } }),
            ("educator.birthDate", valid with { Educator = valid.Educator! with { BirthDate = new LocalDate(1900, 1, 1) } }),
            ("educator.birthDate", valid with { Educator = valid.Educator! with { BirthDate = new LocalDate(2020, 1, 1) } }),
            ("educator.teachingSince", valid with { Educator = valid.Educator! with { TeachingSince = new LocalDate(2031, 9, 1) } }),
        };

        foreach (var (field, input) in cases)
        {
            var response = await client.PostJsonAsync($"{year}/mentee-bank/entries", input);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, field);
            var problem = await response.ReadObjectAsync();
            problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal([field]);
            problem.ToJsonString().Should().NotContain("яяяя").And.NotContain("\\u0000");
        }

        (await client.GetAsync($"{year}/mentee-bank/entries/M1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        string.Join("\n", Fixture.Factory.Logs.Lines).Should().NotContain("\0");
    }

    [SkippableFact]
    public async Task ConcurrentAdmissionsOfDifferentPeople_WithoutIfMatch_AllSucceed_AndAStaleIfMatchIsStillAConflict()
    {
        var client = NewClient();
        var year = await Years.NewAsync(client);

        var admissions = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee($"M{i}", "digital") with { Educator = Inputs.Educator($"M{i}") })));
        var stale = await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M21", "digital") with { Educator = Inputs.Educator("M21") }, ifMatch: 1);

        admissions.Select(a => a.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var bank = await (await client.GetAsync($"{year}/mentee-bank")).ReadAsync<MenteeBankView>();
        bank.Entries.Select(e => e.Id).Should().BeEquivalentTo(Enumerable.Range(1, 20).Select(i => $"M{i}"));
        bank.Version.Should().Be(21);
    }

    [SkippableFact]
    public async Task PersonalData_ReadsExportsChangesAndErasures_AreAudited_ByIdentifierOnly()
    {
        var client = NewClient();
        var year = await Years.NewAsync(client);
        var admitted = await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M1", "digital"));
        var read = await client.GetAsync($"{year}/mentee-bank/entries/M1");
        var exported = await client.GetAsync($"{year}/mentee-bank/entries/M1/personal-data");
        var list = await client.GetAsync($"{year}/mentee-bank");
        var erased = await client.PostJsonAsync($"{year}/mentee-bank/entries/M1/consent-withdrawal", new DateInput(new LocalDate(2026, 5, 20)));
        var refused = await client.GetAsync($"{year}/mentee-bank/entries/M9");

        foreach (var response in new[] { admitted, read, exported, list, erased })
        {
            ((int)response.StatusCode).Should().BeLessThan(300);
        }

        refused.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var audit = await client.GetAsync($"{year}/audit");
        var text = await audit.Content.ReadAsStringAsync();
        var lines = await audit.ReadAsync<List<AuditEntryView>>();
        lines.Select(l => (l.Action, l.Operation, l.Subject)).Should().Equal(
            (AuditAction.Erase, "WithdrawMenteeConsent", "M1"),
            (AuditAction.Read, "GetMenteeBank", "*"),
            (AuditAction.Export, "ExportMenteePersonalData", "M1"),
            (AuditAction.Read, "GetMentee", "M1"),
            (AuditAction.Change, "AdmitMentee", "M1"));
        lines.Should().OnlyContain(l => l.UserName.StartsWith("ct-", StringComparison.Ordinal) && l.At == Fixture.Factory.Clock.GetCurrentInstant());
        text.Should().NotContain("Иванова").And.NotContain("2000-02-03").And.NotContain("school.example");
    }

    private HttpClient NewClient()
    {
        Skip.If(Fixture.Database.Unavailable is not null, Fixture.Database.Unavailable);
        return Fixture.Factory.CreateClient();
    }

    private Task<HttpClient> CoordinatorAsync()
    {
        Skip.If(Fixture.Database.Unavailable is not null, Fixture.Database.Unavailable);
        return Fixture.Factory.ClientAsAsync(Role.Coordinator);
    }
}
