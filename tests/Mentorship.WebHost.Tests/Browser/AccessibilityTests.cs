using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Mentorship.WebHost.Tests.Browser;

/// <summary>
/// Every page of the lived demo year in Chromium against axe-core's WCAG 2 A and AA rules (as the coordinator, a mentor,
/// the municipal administrator and nobody), and the coordinator's home page followed from a due item to its action.
/// </summary>
public sealed class AccessibilityTests(LivedYearBrowserFixture fixture) : IClassFixture<LivedYearBrowserFixture>
{
    private static readonly string[] CoordinatorPages =
    [
        "/",
        "/cdt-ilovlya/2026",
        "/cdt-ilovlya/2026/banks",
        "/cdt-ilovlya/2026/matching",
        "/cdt-ilovlya/2026/pairs",
        "/cdt-ilovlya/2026/pairs/2026-001",
        "/cdt-ilovlya/2026/pairs/2026-006",
        "/cdt-ilovlya/2026/pairs/2026-001/programme",
        "/cdt-ilovlya/2026/pairs/2026-010/programme",
        "/cdt-ilovlya/2026/agenda",
        "/cdt-ilovlya/2026/questionnaires",
        "/cdt-ilovlya/2026/staff",
        "/cdt-ilovlya/2026/indicators",
        "/cdt-ilovlya/2026/indicators?drill=K1#drill",
        "/cdt-ilovlya/2026/import",
        "/no/such/page",
    ];

    [SkippableFact]
    public async Task EveryPage_PassesAxeWcag2AAndAA()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var problems = new List<string>();

        var anonymous = await NewPageAsync();
        await CheckAsync(anonymous, "/account/login", problems);

        var coordinator = await LogInAsync("coordinator");
        foreach (var path in CoordinatorPages)
        {
            await CheckAsync(coordinator, path, problems);
        }

        var mentor = await LogInAsync("t01");
        await CheckAsync(mentor, "/me", problems);

        var municipal = await LogInAsync("municipal");
        await CheckAsync(municipal, "/", problems);
        await CheckAsync(municipal, $"/municipalities/{Uri.EscapeDataString("Иловлинский муниципальный район")}/2026", problems);
        await CheckAsync(municipal, "/cdt-ilovlya/2026/indicators", problems);

        problems.Should().BeEmpty();
    }

    [SkippableFact]
    public async Task HomePage_FollowsADueItemToItsAction()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var page = await LogInAsync("coordinator");
        await page.WaitForURLAsync("**/cdt-ilovlya/2026");
        page.Url.Should().EndWith("/cdt-ilovlya/2026", "a coordinator lands on the year's home page after the login");

        // The overdue item: the continued search's programme waiting for approval since 11.11.2026.
        var overdue = page.Locator("#due tr.overdue").First;
        (await overdue.InnerTextAsync()).Should().Contain("Программа пары № 2026-010").And.Contain("(просрочено)");
        await overdue.GetByRole(AriaRole.Link, new() { Name = "открыть" }).ClickAsync();
        page.Url.Should().EndWith("/cdt-ilovlya/2026/pairs/2026-010/programme");

        // Its action: approve the programme; the item leaves the home page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Утвердить программу" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("утвержден");
        await page.GotoAsync("/cdt-ilovlya/2026");
        (await page.Locator("#due tr.overdue").CountAsync()).Should().Be(0);
        (await page.Locator("#due").InnerTextAsync()).Should().NotContain("2026-010 (наставник");
    }

    private static async Task CheckAsync(IPage page, string path, List<string> problems)
    {
        await page.GotoAsync(path);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] } });
        result.Passes.Should().NotBeEmpty($"axe ran its rules on {path}");
        foreach (var violation in result.Violations)
        {
            problems.Add($"{path}: {violation.Id} ({violation.Help}) — " + string.Join("; ", violation.Nodes.Take(3).Select(n => n.Html)));
        }
    }

    private Task<IPage> NewPageAsync() => fixture.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = fixture.BaseAddress.ToString() });

    private async Task<IPage> LogInAsync(string user)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", Infrastructure.Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        return page;
    }
}
