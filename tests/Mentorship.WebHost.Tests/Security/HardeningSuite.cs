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

    [SkippableFact]
    public async Task PageForms_OverTheLimitsOrWithControlCharacters_Return400NamingTheFieldInRussian_AndChangeNothing()
    {
        var client = NewClient();
        var year = await Years.NewAsync(client);
        var banks = "/" + year.Split('/')[3] + "/2026/banks";
        var token = Token(await client.GetStringAsync(banks));
        var cases = new (string Field, string Value, string Message)[]
        {
            ("Mentee.FullName", new string('я', 201), "Поле «ФИО»: Не длиннее 200 символов."),
            ("Mentee.Post", "учитель\a", "Поле «должность»: Недопустимые символы"),
            ("Mentee.FullName", "Иванова \u202EМария", "Поле «ФИО»: Недопустимые символы"),
            ("Mentee.BirthDate", "1900-01-01", "Поле «дата рождения»: Дата рождения неправдоподобна"),
            ("Mentee.TeachingSince", "2031-09-01", "Поле «педагогический стаж с»: Дата начала педагогической деятельности неправдоподобна"),
            ("Mentee.Subjects", string.Join("\n", Enumerable.Range(1, 51).Select(i => $"предмет {i}")), "Поле «предметы»: Не больше 50 строк."),
        };

        foreach (var (field, value, message) in cases)
        {
            var form = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Mentee.Id"] = "M1", ["Mentee.FullName"] = "Иванова Мария Петровна",
                ["Mentee.BirthDate"] = "2000-02-03", ["Mentee.Post"] = "учитель", ["Mentee.TeachingSince"] = "2025-09-01",
                ["Mentee.Request1"] = "digital", ["Mentee.Reason"] = "YoungSpecialist", ["Mentee.ConsentGivenOn"] = "2026-05-20",
                ["Mentee.AdmittedOn"] = "2026-05-20", ["Mentee.Version"] = "1",
            };
            form[field] = value;
            var response = await client.PostAsync(banks + "?handler=AddMentee", new FormUrlEncodedContent(form));
            var html = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, field);
            html.Should().Contain(message, field).And.Contain("Ничего не изменено").And.NotContain("яяяя").And.NotContain("\0");
        }

        // A NUL is refused before any handler (the framework's form reading gives up): still 400, nothing stored.
        var nul = await client.PostAsync(banks + "?handler=AddMentee", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Mentee.Id"] = "M1", ["Mentee.FullName"] = "Иванова\0", ["Mentee.Version"] = "1",
        }));
        nul.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var tooMany = await client.GetAsync(banks + "?" + string.Join("&", Enumerable.Range(1, 51).Select(i => $"x=T{i}")));
        tooMany.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tooMany.Content.ReadAsStringAsync()).Should().Contain("Поле «x»: Не больше 50 значений.");
        (await client.GetAsync($"{year}/mentee-bank/entries/M1")).StatusCode.Should().Be(HttpStatusCode.NotFound, "nothing was admitted");
        string.Join("\n", Fixture.Factory.Logs.Lines).Should().NotContain("\0").And.NotContain("яяяя");
    }

    [SkippableFact]
    public async Task PagesReadingAndChangingPersonalData_AreAudited_ByIdentifierOnly()
    {
        Skip.If(Fixture.Database.Unavailable is not null, Fixture.Database.Unavailable);
        var client = Fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var year = await Years.NewAsync(client);
        var banks = "/" + year.Split('/')[3] + "/2026/banks";
        var page = await client.GetStringAsync(banks);
        var added = await client.PostAsync(banks + "?handler=AddMentee", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["Mentee.Id"] = "M1", ["Mentee.FullName"] = "Иванова Мария Петровна",
            ["Mentee.BirthDate"] = "2000-02-03", ["Mentee.Post"] = "учитель", ["Mentee.TeachingSince"] = "2025-09-01",
            ["Mentee.Request1"] = "digital", ["Mentee.Reason"] = "YoungSpecialist", ["Mentee.ConsentGivenOn"] = "2026-05-20",
            ["Mentee.AdmittedOn"] = "2026-05-20", ["Mentee.Version"] = "1",
        }));
        added.StatusCode.Should().Be(HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());
        var withdrawn = await client.PostAsync(banks + "?handler=Withdraw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page), ["id"] = "M1", ["kind"] = "Mentee", ["version"] = "2",
        }));
        withdrawn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var matching = await client.GetAsync("/" + year.Split('/')[3] + "/2026/matching?mentor=T1&mentee=M1");

        var audit = await client.GetAsync($"{year}/audit");
        var text = await audit.Content.ReadAsStringAsync();
        var lines = await audit.ReadAsync<List<AuditEntryView>>();
        lines.Where(l => l.Operation.StartsWith('/')).Select(l => (l.Action, l.Operation, l.Subject)).Should().Equal(
            (AuditAction.Read, "/Matching", "T1 M1"),
            (AuditAction.Erase, "/Banks?handler=Withdraw", "M1"),
            (AuditAction.Change, "/Banks?handler=AddMentee", "M1"),
            (AuditAction.Read, "/Banks", "*"));
        matching.StatusCode.Should().Be(HttpStatusCode.OK);
        text.Should().NotContain("Иванова").And.NotContain("2000-02-03");
    }

    private static string Token(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

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
