using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mentorship.Domain.Common;
using Mentorship.Domain.Common.Violations;
using Mentorship.WebHost.Tests.Infrastructure;
using NodaTime;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>
/// The host speaks Russian: problem details (titles, details, field errors, the core's violations with their codes,
/// texts and arguments) and every page, run against each database (<see cref="SqliteRussianApiTests"/>,
/// <see cref="PostgresRussianApiTests"/>).
/// </summary>
public abstract partial class RussianApiSuite<TDatabase>(HostFixture<TDatabase> fixture) : IClassFixture<HostFixture<TDatabase>>
    where TDatabase : ITestDatabase, IDisposable, new()
{
    protected HostFixture<TDatabase> Fixture { get; } = fixture;

    [SkippableFact]
    public async Task BrokenRules_AreRussianProblemDetails_WithTheCodeAndArgumentsBesideEachText()
    {
        var client = Client();
        var year = await Years.NewAsync(client);
        var late = Inputs.Mentee("M1", "digital", "digital") with { ConsentGivenOn = null, AdmittedOn = new LocalDate(2026, 10, 12) };

        var response = await client.PostJsonAsync($"{year}/mentee-bank/entries", late);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadObjectAsync();
        ((string)problem["title"]!).Should().Be("Запрос не принят");
        ((string)problem["detail"]!).Should().StartWith("Запрос нарушает правила");
        var violations = problem["violations"]!.AsArray().Select(v => v!.AsObject()).ToArray();
        var window = violations.Single(v => (string)v["code"]! == "intake-window.outside");
        ((string)window["message"]!).Should().Be("Дата 12.10.2026 вне окна приёма (с 01.04.2026 по 30.09.2026); координатор может разрешить запись вне окна.");
        ((string)violations.Single(v => (string)v["code"]! == "request-list.repeated-topic")["message"]!)
            .Should().Be("Тема «цифровые инструменты, ИКТ» повторяется в позиции 2.");
        ((string)problem["errors"]!["admittedOn"]![0]!).Should().Be((string)window["message"]!);

        // The arguments travel as data: a client rebuilds each violation and gets the same text, or another language.
        foreach (var v in violations)
        {
            var rebuilt = RuleViolation.FromSnapshot(new RuleViolationSnapshot((string)v["rule"]!, (string)v["code"]!, (string?)v["subject"], Arguments(v)));
            rebuilt.Message.Should().Be((string)v["message"]!);
        }

        var english = RuleViolation.FromSnapshot(new RuleViolationSnapshot((string)window["rule"]!, (string)window["code"]!, (string?)window["subject"], Arguments(window)));
        ViolationFormatter.English.Format(english).Should().Be(
            "2026-10-12 is outside the intake window (from 2026-04-01 to 2026-09-30); the coordinator may override it.");
    }

    [SkippableFact]
    public async Task UnreadableAndMissingValues_AreRussianFieldErrors()
    {
        var client = Client();
        var year = await Years.NewAsync(client);

        var impossibleDate = await client.PostRawAsync($"{year}/mentee-bank/entries", """{"admittedOn":"2026-02-30"}""");
        var missing = await client.PostJsonAsync(
            $"{year}/mentee-bank/entries", Inputs.Mentee("M1") with { Educator = Inputs.Educator("M1") with { FullName = " ", BirthDate = null } });
        var unknownYear = await Client().GetAsync("/api/organizations/cdt-ilovlya/years/2031/mentee-bank");

        impossibleDate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var unreadable = await impossibleDate.ReadObjectAsync();
        ((string)unreadable["title"]!).Should().Be("Запрос не принят");
        ((string)unreadable["detail"]!).Should().Be("Запрос не удалось прочитать; ничего не изменено.");
        ((string)unreadable["errors"]!["admittedOn"]![0]!).Should().StartWith("Значение не подходит: проверьте тип и формат (даты — гггг-мм-дд");
        var required = await missing.ReadObjectAsync();
        ((string)required["errors"]!["educator.fullName"]![0]!).Should().Be("Поле обязательно.");
        ((string)required["errors"]!["educator.birthDate"]![0]!).Should().Be("Поле обязательно.");
        ((string)(await unknownYear.ReadObjectAsync())["title"]!).Should().Be("Не найдено");
    }

    [SkippableFact]
    public async Task EveryPage_HasNoEnglishSentence()
    {
        var client = Client();
        var (year, units) = await Years.WithFixedPairsAsync(client);
        await Years.ApprovedProgrammeAsync(client, year, units[0]);
        var own = "/" + year.Split('/')[3] + "/2026";
        var unit = Uri.EscapeDataString(units[0].Id);
        string[] pages =
        [
            "/",
            "/cdt-ilovlya/2026/banks", "/cdt-ilovlya/2026/matching", "/cdt-ilovlya/2026/matching?mentor=T03&mentee=S01",
            "/cdt-ilovlya/2026/matching?mentor=T07&mentee=T07", "/cdt-ilovlya/2026/pairs", "/cdt-ilovlya/2026/agenda",
            "/cdt-ilovlya/2026/indicators", "/cdt-ilovlya/2026/questionnaires", "/cdt-ilovlya/2026/staff",
            $"{own}/banks", $"{own}/pairs", $"{own}/pairs/{unit}", $"{own}/pairs/{unit}/programme",
            $"{own}/questionnaires?form=mentee-entry&unit={unit}", $"{own}/staff",
        ];

        var demo = Client();
        var english = new List<string>();
        foreach (var page in pages)
        {
            // The demo organisation's pages as its coordinator; the test's own organisation's as that one's.
            var response = await (page.StartsWith(own, StringComparison.Ordinal) ? client : demo).GetAsync(page);
            response.StatusCode.Should().Be(HttpStatusCode.OK, page);
            var text = VisibleText(await response.Content.ReadAsStringAsync());
            english.AddRange(EnglishRun().Matches(text).Select(m => $"{page}: {m.Value}"));
        }

        english.Should().BeEmpty();
    }

    [SkippableFact]
    public async Task EveryPage_AsEachRole_HasNoEnglishSentence()
    {
        Skip.If(Fixture.Database.Unavailable is not null, Fixture.Database.Unavailable);
        var pages = new Dictionary<string, string[]>
        {
            ["director"] = ["/", "/cdt-ilovlya/2026", "/cdt-ilovlya/2026/banks", "/cdt-ilovlya/2026/matching", "/cdt-ilovlya/2026/pairs",
                "/cdt-ilovlya/2026/agenda", "/cdt-ilovlya/2026/indicators", "/cdt-ilovlya/2026/questionnaires", "/cdt-ilovlya/2026/staff"],
            ["municipal"] = ["/", "/cdt-ilovlya/2026/indicators"],
            ["t01"] = ["/", "/me"],
            ["s01"] = ["/", "/me"],
        };
        var english = new List<string>();
        foreach (var (user, paths) in pages)
        {
            var client = await Fixture.Factory.CreateClient().LogInAsync(user);
            foreach (var path in paths)
            {
                var response = await client.GetAsync(path);
                response.StatusCode.Should().Be(HttpStatusCode.OK, $"{user} {path}");
                english.AddRange(EnglishRun().Matches(VisibleText(await response.Content.ReadAsStringAsync())).Select(m => $"{user} {path}: {m.Value}"));
            }
        }

        // Anonymous: the login page, and a page form refused by its bounds.
        var anonymous = Fixture.Factory.CreateClient();
        english.AddRange(EnglishRun().Matches(VisibleText(await anonymous.GetStringAsync("/account/login"))).Select(m => $"login: {m.Value}"));
        var refused = await Client().GetAsync("/cdt-ilovlya/2026/matching?mentor=" + new string('x', 300));
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        english.AddRange(EnglishRun().Matches(VisibleText(await refused.Content.ReadAsStringAsync())).Select(m => $"refused: {m.Value}"));

        english.Should().BeEmpty();
    }

    [SkippableFact]
    public async Task FailingApiCalls_AreRussianProblemDetails()
    {
        var client = Client();
        var year = await Years.NewAsync(client);
        await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M1", "digital"));
        const string Demo = "/api/organizations/cdt-ilovlya/years/2026";
        var calls = new (string What, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("no mentee", () => client.GetAsync($"{year}/mentee-bank/entries/M9")),
            ("no mentor", () => client.GetAsync($"{year}/mentor-bank/entries/T9")),
            ("no export", () => client.GetAsync($"{year}/mentee-bank/entries/M9/personal-data")),
            ("bank open twice", () => client.PostJsonAsync($"{year}/mentee-bank", new Mentorship.WebHost.Contracts.BankOpeningInput(null, null, null, null, null))),
            ("stale version", () => client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M2", "digital") with { Educator = Inputs.Educator("M2") }, ifMatch: 1)),
            ("bad If-Match", () => SendAsync(client, HttpMethod.Post, $"{year}/mentee-bank/entries", Inputs.Mentee("M3", "digital"), "W/\"x\"")),
            ("bad bank opening", () => client.PostJsonAsync(year.Replace("/2026", "/2027", StringComparison.Ordinal) + "/mentor-bank", new Mentorship.WebHost.Contracts.BankOpeningInput(null, null, null, -1, 0))),
            ("impossible date", () => client.PostRawAsync($"{year}/mentee-bank/entries", """{"admittedOn":"2026-02-30"}""")),
            ("unknown field", () => client.PostRawAsync($"{year}/mentee-bank/entries", """{"surname":"x"}""")),
            ("no body", () => client.PostAsync($"{year}/mentee-bank/entries/M1/consent-withdrawal", null)),
            ("bad roadmap", () => client.PutJsonAsync($"{year}/roadmap", new Mentorship.WebHost.Contracts.RoadmapInput("не таблица"))),
            ("no roadmap", () => client.GetAsync($"{year}/roadmap/agenda")),
            ("bad query date", () => client.GetAsync($"{year}/roadmap?asOf=2026-02-30")),
            ("bad agenda days", () => client.GetAsync($"{Demo}/roadmap/agenda?days=9999")),
            ("no unit", () => client.GetAsync($"{year}/pairing/units/X1")),
            ("no programme", () => client.GetAsync($"{year}/programmes/X1/text")),
            ("no staff member", () => client.DeleteAsync($"{year}/staff/X1", null)),
            ("bad year", () => client.GetAsync("/api/organizations/cdt-ilovlya/years/1900/mentee-bank")),
            ("bad minimum score", () => client.GetAsync($"{Demo}/matching?minimumScore=9999")),
            ("other organisation", () => client.GetAsync($"{Demo}/mentee-bank")),
            ("anonymous", () => Fixture.Factory.CreateClient().GetAsync($"{Demo}/mentee-bank")),
            ("no organisation", () => client.GetAsync("/api/organizations/nowhere")),
            ("wrong method", () => client.PatchAsync($"{year}/mentee-bank", null)),
        };

        var english = new List<string>();
        foreach (var (what, call) in calls)
        {
            var response = await call();
            ((int)response.StatusCode).Should().BeGreaterThanOrEqualTo(400, what);
            var body = await response.Content.ReadAsStringAsync();
            if (body.Length == 0)
            {
                continue;
            }

            var problem = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
            ((string?)problem["title"]).Should().MatchRegex("[А-Яа-я]", what);
            var texts = new[] { (string?)problem["title"], (string?)problem["detail"] }
                .Concat(problem["errors"]?.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => (string?)m)) ?? [])
                .Concat(problem["violations"]?.AsArray().Select(v => (string?)v!["message"]) ?? []);
            english.AddRange(texts.Where(t => t is not null).SelectMany(t => EnglishRun().Matches(t!).Select(m => $"{what}: {m.Value} ({t})")));
        }

        english.Should().BeEmpty();
    }

    private static Task<HttpResponseMessage> SendAsync<T>(HttpClient client, HttpMethod method, string url, T body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = System.Net.Http.Json.JsonContent.Create(body, options: Json.Options) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    [SkippableFact]
    public async Task MatchingPage_ShowsTopicsByTheirTitles()
    {
        var client = Client();

        var page = await client.GetStringAsync("/cdt-ilovlya/2026/matching?mentor=T03&mentee=S01");

        var pairs = Regex.Match(page, "<table id=\"pairs\">.*?</table>", RegexOptions.Singleline).Value;
        pairs.Should().Contain("адаптация в коллективе и организации 3×").And.NotContain("adaptation");
        page.Should().NotContain("organisation").And.NotContain("subject ");
    }

    [SkippableFact]
    public async Task BanksPage_ShowsRequestsAndCompetenciesByTheirTitles()
    {
        var client = Client();

        var page = await client.GetStringAsync("/cdt-ilovlya/2026/banks");

        page.Should().Contain("<strong>адаптация в коллективе и организации</strong>");
        Regex.IsMatch(page, "<strong>[a-z-]+</strong>").Should().BeFalse("a key request is shown by its title");
        Regex.IsMatch(page, "[>; ][a-z-]+: ?\\d").Should().BeFalse("a competency is shown by its title");
    }

    [SkippableFact]
    public async Task PairExplanation_JsonKeepsTheCodeAndAddsTheRussianTextAndArguments()
    {
        var client = Client();

        var self = await (await client.GetAsync("/api/organizations/cdt-ilovlya/years/2026/matching/explanation?mentor=T07&mentee=T07")).ReadObjectAsync();

        var violation = self["violations"]!.AsArray().Select(v => v!.AsObject()).First(v => (string)v["code"]! == "matching.same-person");
        ((string)violation["message"]!).Should().Be("Человек не может быть наставником самому себе.");
        violation["arguments"]!.AsArray().Should().BeEmpty();
        ((string)self["message"]!).Should().Contain("Человек не может быть наставником самому себе.");
    }

    /// <summary>A client logged in as the demo organisation's coordinator (a test's own organisation logs it in as its own).</summary>
    protected HttpClient Client()
    {
        Skip.If(Fixture.Database.Unavailable is not null, Fixture.Database.Unavailable);
        return Fixture.Factory.ClientAsAsync(Mentorship.WebHost.Security.Role.Coordinator).GetAwaiter().GetResult();
    }

    private static ViolationArgument[] Arguments(JsonObject violation) =>
        violation["arguments"]!.AsArray().Select(a => new ViolationArgument(
            (string)a!["name"]!,
            Enum.Parse<ViolationArgumentKind>((string)a["kind"]!, ignoreCase: true),
            (string)a["value"]!,
            (string?)a["title"])).ToArray();

    // What a person reads: the page without its scripts, styles and tags, entities decoded.
    private static string VisibleText(string html)
    {
        var text = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, "<[^>]+>", " ");
        return WebUtility.HtmlDecode(text);
    }

    // Three Latin words in a row is a sentence (or its piece); codes (request-list.empty) and identifiers (T03, K12) are not.
    [GeneratedRegex(@"\b[A-Za-z][a-z]+(?:[ ,]+[A-Za-z][a-z]+){2,}\b")]
    private static partial Regex EnglishRun();
}
