using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.SampleData.Year;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Security;
using Mentorship.WebHost.Storage;
using Mentorship.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>The host on the demo year lived to 15 January 2027 (SQLite), one host for the class.</summary>
public sealed class LivedYearFixture : IDisposable
{
    /// <summary>The demo date of these tests (the host's default).</summary>
    public static readonly LocalDate Today = new(2027, 1, 15);

    private readonly SqliteDatabase _database = new();

    public LivedYearFixture() => Factory = new HostFactory(_database.Provider, _database.ConnectionString, Today);

    public HostFactory Factory { get; }

    /// <summary>A client that does not follow redirects, logged in as a role's demo account.</summary>
    public Task<HttpClient> ClientAsAsync(Role role) =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).LogInAsync(Accounts.DemoUser[role]);

    public void Dispose()
    {
        Factory.Dispose();
        _database.Dispose();
    }
}

/// <summary>
/// The lived demo year in the host: the same indicators as the shared script on the same date, the home page's due items
/// of that date, the municipal page, the Word downloads, the uploads from Excel and Word, and the Russian 404 page.
/// </summary>
public sealed partial class LivedYearTests(LivedYearFixture fixture) : IClassFixture<LivedYearFixture>
{
    private const string Year = "/api/organizations/cdt-ilovlya/years/2026";
    private const string Municipality = "Иловлинский муниципальный район";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task Indicators_LivedYear_AreTheConsoleDemosOfTheSameDate()
    {
        // The console demo's report: the shared script played to the date, its facts, the school year so far.
        var lived = DemoYear.Play(LivedYearFixture.Today);
        var expected = MonitoringReport.Build(lived.AddFactsTo(new MonitoringFactsBuilder()).Build(), DemoYear.Organization, lived.SchoolYearSoFar, lived.Practices, lived.Coverage).Indicators;

        using var coordinator = await fixture.ClientAsAsync(Role.Coordinator);
        var view = await (await coordinator.GetAsync($"{Year}/indicators")).ReadAsync<IndicatorsView>();

        view.From.Should().Be(new LocalDate(2026, 9, 1));
        view.To.Should().Be(LivedYearFixture.Today);
        view.Indicators.Select(i => (i.Id, i.Numerator, i.Denominator, i.Value))
            .Should().Equal(expected.Results.Select(r => (r.Id, r.Numerator, r.Denominator, r.Value.HasData ? (decimal?)r.Value.Number : null)));
        view.Indicators.Should().Contain(i => i.Id == "K1" && i.Numerator == 8 && i.Denominator == 8, "every young teacher of the staff list is in a pair by January");
        view.Indicators.Count(i => i.Value != null).Should().BeGreaterThan(view.Indicators.Count / 2, "the lived year gives most indicators data");
    }

    [Fact]
    public async Task HomePage_LivedYearOn15January_ListsTheDueItemsOfTheDate()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var overview = (await scope.ServiceProvider.GetRequiredService<YearOverviewService>().GetAsync(new YearKey(DemoYear.Organization.Id, 2026), CancellationToken.None)).Value!;

        // Hand-checked against the script: 30 working days from Friday 15.01.2027 end on 01.03.2027 (23 February is a
        // holiday). The continued search's pair 2026-010 was fixed by order 118-од of 11.11.2026 and its programme,
        // drafted that day, is approved only on 18 January: overdue today. The eight pairs fixed by the order of
        // September (not T07's, ended early, nor T01's group) meet for the third time on Monday 25.01.2027, item 6 of
        // the standard plan. The 2027 roadmap's items 2.4 and 4.1 open within the horizon (due 30.12.2027).
        overview.Horizon.Should().Be(new LocalDate(2027, 3, 1));
        overview.Due.Select(d => (d.Due, d.Kind, d.Overdue)).Should().Equal(
            new[] { (new LocalDate(2027, 1, 15), "утверждение программы", true) }
                .Concat(Enumerable.Repeat((new LocalDate(2027, 1, 25), "план программы", false), 8))
                .Concat(Enumerable.Repeat((new LocalDate(2027, 12, 30), "дорожная карта", false), 4)));
        overview.Due[0].Text.Should().Be("Программа пары № 2026-010 (наставник Белова Ирина Геннадьевна (T09)) ждёт утверждения с 11.11.2026");
        overview.Due[0].Link.Should().Be("/cdt-ilovlya/2026/pairs/2026-010/programme");
        overview.Due.Skip(1).Take(8).Select(d => d.Link).Should().Equal(
            new[] { "001", "002", "003", "004", "005", "007", "008", "009" }.Select(n => $"/cdt-ilovlya/2026/pairs/2026-{n}/programme#item-6"));
        overview.Due.Skip(1).Take(8).Should().OnlyContain(d => d.Text.Contains("пункт 6: Рабочая встреча № 3", StringComparison.Ordinal));
        overview.Due.TakeLast(4).Select(d => d.Text.Split(". ")[0]).Should().Equal("2.4/1", "2.4/2", "2.4/3", "4.1/1");

        using var coordinator = await fixture.ClientAsAsync(Role.Coordinator);
        var page = await coordinator.GetStringAsync("/cdt-ilovlya/2026");
        Regex.Count(page, "<tr data-kind=").Should().Be(13);
        page.Should().Contain("15.01.2027 (просрочено)").And.Contain("href=\"/cdt-ilovlya/2026/pairs/2026-010/programme\"");
    }

    [Fact]
    public async Task MunicipalPage_LivedYear_ShowsEveryCatalogueIndicatorAndFormsWithoutNames()
    {
        using var municipal = await fixture.ClientAsAsync(Role.Municipal);
        var path = $"/municipalities/{Uri.EscapeDataString(Municipality)}/2026";
        (await municipal.GetStringAsync("/")).Should().Contain($"href=\"{path}\"");
        var response = await municipal.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();

        var ids = Regex.Matches(page, "<tr data-indicator=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        var catalogue = Mentorship.Domain.Monitoring.Indicators.IndicatorCatalog.All.Select(d => d.Code.ToString()).ToArray();
        ids.Select(id => id.Split('.')[0]).Distinct().Should().Equal(catalogue, "every indicator of the catalogue, in its order");
        page.Should().Contain("<tr data-indicator=\"K1\">").And.Contain("100 % (8/8)").And.Contain("цель ≥ 70 %: достигнута");
        page.Should().Contain("data-form=\"total\"").And.Contain("Аналитическая справка").And.Contain("01.09.2026 — 15.01.2027");
        page.Should().Contain("id=\"chart-k1\"");
        foreach (var name in new[] { "Белова Ирина Геннадьевна" }.Concat(Mentorship.SampleData.DemoData.MenteeApplications.Select(a => a.Educator.PersonalData.FullName)))
        {
            page.Should().NotContain(name, "the municipal page holds counts, not people");
        }

        // A period: the page and its download follow it; a reversed one is named.
        var september = await municipal.GetStringAsync(path + "?from=2026-09-01&to=2026-09-30");
        september.Should().Contain("01.09.2026 — 30.09.2026").And.Contain("from=2026-09-01&amp;to=2026-09-30");
        (await municipal.GetStringAsync(path + "?from=2026-10-01&to=2026-09-01")).Should().Contain("Период задан неверно");

        (await municipal.GetAsync($"/municipalities/{Uri.EscapeDataString("Нигде")}/2026")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var coordinator = await fixture.ClientAsAsync(Role.Coordinator);
        (await coordinator.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task WordDownloads_LivedYear_AreDocxWithTheDocumentsTitles()
    {
        using var coordinator = await fixture.ClientAsAsync(Role.Coordinator);
        await ExpectDocxAsync(coordinator, $"{Year}/pairing/orders/docx?number=45-од", "ПРИКАЗ", "С приказом ознакомлены");
        await ExpectDocxAsync(coordinator, $"{Year}/programmes/2026-001/docx", "УТВЕРЖДАЮ", "программа наставничества");
        await ExpectDocxAsync(coordinator, $"{Year}/reports/monitoring/docx?from=2026-09-01&to=2027-01-15", "Справка", "K1");
        (await coordinator.GetAsync($"{Year}/pairing/orders/docx?number=999-од")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        using var municipal = await fixture.ClientAsAsync(Role.Municipal);
        var analytical = await ExpectDocxAsync(municipal, $"/api/municipalities/{Uri.EscapeDataString(Municipality)}/years/2026/reports/analytical/docx", "Аналитическая справка", Municipality);
        analytical.Should().NotContain("Белова Ирина Геннадьевна");
        (await municipal.GetAsync($"{Year}/pairing/orders/docx?number=45-од")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "orders name people");
        (await coordinator.GetAsync($"/api/municipalities/{Uri.EscapeDataString(Municipality)}/years/2026/reports/analytical/docx")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // The pages link them.
        (await coordinator.GetStringAsync("/cdt-ilovlya/2026/pairs")).Should().Contain("/pairing/orders/docx?number=");
        (await coordinator.GetStringAsync("/cdt-ilovlya/2026/pairs/2026-001/programme")).Should().Contain("/programmes/2026-001/docx");
        (await coordinator.GetStringAsync("/cdt-ilovlya/2026/indicators")).Should().Contain("/reports/monitoring/docx?from=2026-09-01&amp;to=2027-01-15");
    }

    [Fact]
    public async Task UnknownPage_IsARussianHtmlPage_ApiKeepsProblemDetails()
    {
        using var coordinator = await fixture.ClientAsAsync(Role.Coordinator);
        var page = await coordinator.GetAsync("/no/such/page");
        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await page.Content.ReadAsStringAsync()).Should().Contain("<h1>Страница не найдена</h1>").And.Contain("<html lang=\"ru\">");

        var unknownUnit = await coordinator.GetAsync("/cdt-ilovlya/2026/pairs/2026-999");
        unknownUnit.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknownUnit.Content.ReadAsStringAsync()).Should().Contain("Страница не найдена");

        var api = await coordinator.GetAsync("/api/no/such/thing");
        api.StatusCode.Should().Be(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await api.Content.ReadAsStringAsync()).Should().Contain("\"title\":\"Не найдено\"");
    }

    [Fact]
    public async Task BankWorkbooks_AllRowsOrNone_ProblemsNamedInRussian_CoordinatorOnly()
    {
        using var coordinator = await fixture.ClientAsAsync(Role.Coordinator);
        var form = await coordinator.GetStringAsync("/cdt-ilovlya/2026/import");

        // One good row and one unknown person: refused, both named, nothing changed.
        var before = await MenteeAsync(coordinator, "S01");
        var mixed = OfficeFiles.Workbook("Наставляемые", ["ИД", "Организация", "Запросы"], ["S01", "cdt-ilovlya", "parents; digital"], ["S99", "cdt-ilovlya", "digital"]);
        var refused = await UploadAsync(coordinator, form, "Mentees", mixed, "банк.xlsx");
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problems = await refused.Content.ReadAsStringAsync();
        problems.Should().Contain("Файл не загружен: ничего не изменено").And.Contain("ИД S99, столбец «ИД»").And.Contain("нет в банке");
        (await MenteeAsync(coordinator, "S01")).Requests.Should().Equal(before.Requests);

        // A bad cell: the reader names sheet, row and column.
        var badTopic = OfficeFiles.Workbook("Наставляемые", ["ИД", "Организация", "Запросы"], ["S01", "cdt-ilovlya", "астрология"]);
        var named = await (await UploadAsync(coordinator, form, "Mentees", badTopic, "банк.xlsx")).Content.ReadAsStringAsync();
        named.Should().MatchRegex("лист «Наставляемые», строка 2, столбец C");

        // Not a workbook, or the wrong kind of file.
        (await (await UploadAsync(coordinator, form, "Mentees", "id,name\n"u8.ToArray(), "банк.xlsx")).Content.ReadAsStringAsync()).Should().Contain("не является документом Office Open XML");
        (await (await UploadAsync(coordinator, form, "Mentees", mixed, "банк.csv")).Content.ReadAsStringAsync()).Should().Contain("нужен файл .xlsx");

        // Good rows: the requests and a mentor's places change, the audit log names the page.
        var good = OfficeFiles.Workbook("Наставляемые", ["ИД", "Организация", "Запросы"], ["S01", "cdt-ilovlya", "parents; digital"]);
        var accepted = await UploadAsync(coordinator, form, "Mentees", good, "банк.xlsx");
        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await MenteeAsync(coordinator, "S01")).Requests.Should().Equal("parents", "digital");
        var mentors = OfficeFiles.Workbook("Наставники", ["ИД", "Организация", "Компетенции", "Мест"], ["T02", "cdt-ilovlya", "digital:3; parents:2", "3"]);
        (await UploadAsync(coordinator, form, "Mentors", mentors, "наставники.xlsx")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await coordinator.GetStringAsync("/cdt-ilovlya/2026/import")).Should().Contain("Банк наставников: прочитано строк 1, изменены записи 1 чел.");
        (await coordinator.GetStringAsync($"{Year}/audit")).Should().Contain("/Import");

        // Without the antiforgery token, or as the director or a mentee: refused.
        using var content = new MultipartFormDataContent { { new ByteArrayContent(good), "file", "банк.xlsx" } };
        (await coordinator.PostAsync("/cdt-ilovlya/2026/import?handler=Mentees", content)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var director = await fixture.ClientAsAsync(Role.Director);
        (await director.GetAsync("/cdt-ilovlya/2026/import")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var mentee = await fixture.ClientAsAsync(Role.Mentee);
        (await mentee.GetAsync("/cdt-ilovlya/2026/import")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // The empty workbook to fill in.
        var template = await coordinator.GetAsync("/cdt-ilovlya/2026/import?handler=Template");
        template.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var book = SpreadsheetDocument.Open(new MemoryStream(await template.Content.ReadAsByteArrayAsync()), false);
        book.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).Should().Contain(["Наставляемые", "Наставники"]);
    }

    [Fact]
    public async Task RoadmapFromWord_ReplacesTheYearsRoadmap_BadFileNamesTheProblem()
    {
        using var coordinator = await fixture.ClientAsAsync(Role.Coordinator);
        var roadmap = await (await coordinator.GetAsync($"{Year}/roadmap")).ReadObjectAsync();
        var table = roadmap["table"]!.GetValue<string>();
        var form = await coordinator.GetStringAsync("/cdt-ilovlya/2026/import");

        var accepted = await UploadAsync(coordinator, form, "Roadmap", OfficeFiles.DocxFromMarkdownTable(table), "дорожная карта.docx");
        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await coordinator.GetStringAsync("/cdt-ilovlya/2026/import")).Should().MatchRegex("Дорожная карта 2026 года загружена из «дорожная карта.docx»: разделов \\d+, мероприятий \\d+");
        var after = await (await coordinator.GetAsync($"{Year}/roadmap")).ReadObjectAsync();
        after["table"]!.GetValue<string>().Should().Be(table, "the same roadmap, read from Word");
        after["version"]!.GetValue<int>().Should().Be(roadmap["version"]!.GetValue<int>() + 1);

        var noTable = OfficeFiles.DocxFromMarkdownTable("нет таблицы");
        var refused = await UploadAsync(coordinator, form, "Roadmap", noTable, "карта.docx");
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("Файл не загружен");
    }

    private static async Task<string> ExpectDocxAsync(HttpClient client, string url, params string[] texts)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.Should().Be(Docx);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().EndWith(".docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        foreach (var expected in texts)
        {
            text.Should().ContainEquivalentOf(expected, url);
        }

        return text;
    }

    private static async Task<MenteeView> MenteeAsync(HttpClient client, string id) =>
        await (await client.GetAsync($"{Year}/mentee-bank/entries/{id}")).ReadAsync<MenteeView>();

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string form, string handler, byte[] file, string fileName)
    {
        var body = new ByteArrayContent(file);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(Token(form)), "__RequestVerificationToken" },
            { body, "file", fileName },
        };
        return await client.PostAsync($"/cdt-ilovlya/2026/import?handler={handler}", content);
    }

    private static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
}
