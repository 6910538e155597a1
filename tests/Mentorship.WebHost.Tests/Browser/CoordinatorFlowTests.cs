using Microsoft.Playwright;

namespace Mentorship.WebHost.Tests.Browser;

/// <summary>A coordinator's flow in a real browser (after the login form), and a mentee's own page: open the banks, enter a mentee through the form, run the matching, ask "why not?", fix the pairs by an order, end a pair early, see the agenda.</summary>
public sealed class CoordinatorFlowTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Coordinator_YearFromBanksToOrderAndAgenda_WorksInTheBrowser()
    {
        Skip.If(fixture.Unavailable is not null, fixture.Unavailable);
        var page = await fixture.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = fixture.BaseAddress.ToString() });

        // Without a login the start page sends to the login form; the coordinator logs in and is sent back.
        await page.GotoAsync("/");
        page.Url.Should().Contain("/account/login");
        await page.FillAsync("#UserName", "coordinator");
        await page.FillAsync("#Password", Infrastructure.Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        (await page.Locator("#who").InnerTextAsync()).Should().Be("coordinator");

        // The start page lists the demo organisation; its banks page shows both banks.
        await page.GetByRole(AriaRole.Link, new() { Name = "2026: банки" }).ClickAsync();
        (await page.Locator("#mentees tbody tr").CountAsync()).Should().Be(12);
        (await page.Locator("#mentors tbody tr").CountAsync()).Should().Be(8);

        // A form missing the key request is refused, naming the field; nothing is added.
        await FillMenteeAsync(page, request: null);
        await page.GetByRole(AriaRole.Button, new() { Name = "Добавить в банк" }).ClickAsync();
        (await page.Locator("[data-valmsg-for='Mentee.Request1']").InnerTextAsync()).Should().NotBeNullOrWhiteSpace();
        (await page.Locator("#mentees tbody tr").CountAsync()).Should().Be(12);

        // Completed, it is accepted and the new mentee is in the bank.
        await FillMenteeAsync(page, request: "digital");
        await page.GetByRole(AriaRole.Button, new() { Name = "Добавить в банк" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("S20");
        (await page.Locator("#mentees tr[data-id='S20']").InnerTextAsync()).Should().Contain("Соловьёва Ирина Андреевна");

        // The matching now counts 13 mentees and places the new one (in a pair, or with the reason why not).
        await page.GetByRole(AriaRole.Link, new() { Name = "Подбор пар" }).ClickAsync();
        (await page.Locator("#summary").InnerTextAsync()).Should().Contain("из 13");
        (await page.Locator("tr[data-mentee='S20']").CountAsync()).Should().Be(1);
        (await page.Locator("#pairs tbody tr").CountAsync()).Should().BeGreaterThan(5);

        // "Why is T07 not the mentor of T07?": the same person cannot mentor themselves.
        await page.Locator("#why-not select[name='mentor']").SelectOptionAsync("T07");
        await page.Locator("#why-not select[name='mentee']").SelectOptionAsync("T07");
        await page.GetByRole(AriaRole.Button, new() { Name = "Объяснить" }).ClickAsync();
        (await page.Locator("#explanation").InnerTextAsync()).Should().Contain("пара недопустима");

        // The pairs: proposed from the matching, consents recorded unit by unit, then fixed by one order.
        await page.GetByRole(AriaRole.Link, new() { Name = "Пары и группы" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Предложить пары из подбора" }).ClickAsync();
        var proposed = await page.Locator("#units tbody tr").CountAsync();
        proposed.Should().BeGreaterThan(5);
        for (var i = 0; i < proposed; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "согласия получены" }).First.ClickAsync();
            (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("Согласия");
        }

        await page.FillAsync("#order input[name='number']", "42-н");
        await page.GetByRole(AriaRole.Button, new() { Name = "Издать приказ" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("№ 42-н");
        (await page.Locator("#units tr[data-status='Fixed']").CountAsync()).Should().Be(proposed);

        // A mentee of the second unit logs in (a browser of their own) and finds their unit on their own page.
        var mentees = await page.Locator("#units tbody tr").Nth(1).GetAttributeAsync("data-mentees");
        var menteeId = mentees!.Split(' ')[0];
        var menteeContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString() });
        var menteePage = await menteeContext.NewPageAsync();
        await menteePage.GotoAsync("/me");
        menteePage.Url.Should().Contain("/account/login");
        await menteePage.FillAsync("#UserName", menteeId.ToLowerInvariant());
        await menteePage.FillAsync("#Password", Infrastructure.Accounts.Password);
        await menteePage.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        menteePage.Url.Should().EndWith("/me");
        var unitOfMentee = await page.Locator("#units tbody tr").Nth(1).GetAttributeAsync("data-unit");
        (await menteePage.Locator($"section.unit[data-unit='{unitOfMentee}'] h2").InnerTextAsync()).Should().Contain("я наставляемый");
        (await menteePage.Locator("section.unit").CountAsync()).Should().Be(1);
        await menteePage.GotoAsync("/cdt-ilovlya/2026/banks");
        (await menteePage.ContentAsync()).Should().NotContain("Соловьёва", "a mentee does not open the coordinator's banks");
        await menteeContext.CloseAsync();

        // A pair ended early from its page: a notice over the 4 November holiday is too short for the 5th (the core
        // names the rule); the 6th is accepted and the order on early termination is issued.
        var unit = await page.Locator("#units tbody tr").First.GetAttributeAsync("data-unit");
        await page.Locator("#units tbody tr").First.GetByRole(AriaRole.Link, new() { Name = unit! }).ClickAsync();
        await page.FillAsync("#terminate input[name='noticeGivenOn']", "2026-11-02");
        await page.FillAsync("#terminate input[name='endsOn']", "2026-11-05");
        await page.FillAsync("#terminate input[name='orderNumber']", "43-н");
        await page.GetByRole(AriaRole.Button, new() { Name = "Прекратить досрочно" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).Should().Contain("notice.too-short");
        await page.FillAsync("#terminate input[name='noticeGivenOn']", "2026-11-02");
        await page.FillAsync("#terminate input[name='endsOn']", "2026-11-06");
        await page.FillAsync("#terminate input[name='orderNumber']", "43-н");
        await page.GetByRole(AriaRole.Button, new() { Name = "Прекратить досрочно" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("№ 43-н");
        (await page.Locator("#unit").GetAttributeAsync("data-status")).Should().Be("EndedEarly");

        // The roadmap's agenda for the coming 30 days; a work item recorded done leaves it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Дорожная карта" }).ClickAsync();
        (await page.Locator("#k12").InnerTextAsync()).Should().Contain("K12");
        var first = page.Locator("#agenda tbody tr").First;
        var item = await first.GetAttributeAsync("data-item");
        await first.GetByRole(AriaRole.Button, new() { Name = "выполнено" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain(item!);
        (await page.Locator($"#agenda tr[data-item='{item}']").CountAsync()).Should().Be(0);
    }

    private static async Task FillMenteeAsync(IPage page, string? request)
    {
        await page.FillAsync("#Mentee_Id", "S20");
        await page.FillAsync("#Mentee_FullName", "Соловьёва Ирина Андреевна");
        await page.FillAsync("#Mentee_BirthDate", "2001-03-04");
        await page.FillAsync("#Mentee_Post", "педагог дополнительного образования");
        await page.FillAsync("#Mentee_TeachingSince", "2025-09-01");
        await page.FillAsync("#Mentee_Subjects", "robotics");
        await page.SelectOptionAsync("#Mentee_Request1", request ?? string.Empty);
        await page.FillAsync("#Mentee_ConsentGivenOn", "2026-05-04");
    }
}
