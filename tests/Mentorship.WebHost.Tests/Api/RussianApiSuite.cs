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
    public async Task MatchingPage_ShowsTopicsByTheirTitles()
    {
        var client = Client();

        var page = await client.GetStringAsync("/cdt-ilovlya/2026/matching?mentor=T03&mentee=S01");

        var pairs = Regex.Match(page, "<table id=\"pairs\">.*?</table>", RegexOptions.Singleline).Value;
        pairs.Should().Contain("адаптация в коллективе и организации 3×").And.NotContain("adaptation");
        page.Should().NotContain("organisation").And.NotContain("subject ");
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
