using System.Net;
using System.Text.RegularExpressions;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Security;
using Mentorship.WebHost.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using NodaTime;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>
/// A mentor's and a mentee's own page: their unit, its programme and plan, the next meetings; the mentor marks an
/// item done, the mentee cannot; through the API each reaches their own unit and not another.
/// </summary>
public abstract partial class ParticipantPagesSuite<TDatabase>(HostFixture<TDatabase> fixture) : IClassFixture<HostFixture<TDatabase>>
    where TDatabase : ITestDatabase, IDisposable, new()
{
    [SkippableFact]
    public async Task MentorAndMentee_SeeTheirOwnUnitAndPlan_AndOnlyTheMentorMarksItDone()
    {
        Skip.If(fixture.Database.Unavailable is not null, fixture.Database.Unavailable);
        var coordinator = fixture.Factory.CreateClient();
        var (year, units) = await Years.WithFixedPairsAsync(coordinator);
        var mine = units.Single(u => u.Mentees.Contains("M1"));
        var other = units.Single(u => !u.Mentees.Contains("M1"));
        await Years.ApprovedProgrammeAsync(coordinator, year, mine);
        (await coordinator.PostJsonAsync($"{year}/pairing/units/{mine.Id}/activation", new DateInput(new LocalDate(2026, 9, 1)))).StatusCode.Should().Be(HttpStatusCode.OK);
        var organization = year.Split('/')[3];
        var suffix = organization[2..];
        (await coordinator.PostJsonAsync("/api/accounts", new AccountInput($"t1-{suffix}", Accounts.Password, Role.Mentor, null, "T1"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await coordinator.PostJsonAsync("/api/accounts", new AccountInput($"m1-{suffix}", Accounts.Password, Role.Mentee, null, "M1"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var mentor = await NewClient().LogInAsync($"t1-{suffix}");
        var mentee = await NewClient().LogInAsync($"m1-{suffix}");

        var menteePage = await mentee.GetStringAsync("/me");
        menteePage.Should().Contain($"data-unit=\"{mine.Id}\"").And.NotContain($"data-unit=\"{other.Id}\"");
        menteePage.Should().Contain("я наставляемый").And.Contain("Ближайшие встречи").And.Contain("Иванова Мария Петровна");
        menteePage.Should().NotContain("Сидорова", "the mentee sees the people of their own unit only").And.NotContain("handler=Done");
        var firstMeeting = NextMeeting().Match(menteePage);
        firstMeeting.Success.Should().BeTrue("the next meetings are listed");

        var mentorPage = await mentor.GetStringAsync("/me");
        mentorPage.Should().Contain("я наставник").And.Contain("handler=Done");
        var posted = await mentor.PostAsync("/me?handler=Done", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(mentorPage), ["year"] = "2026", ["unitId"] = mine.Id, ["number"] = "1",
            ["version"] = Regex.Match(mentorPage, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value, ["on"] = "2026-09-01",
        }));
        posted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await mentor.GetStringAsync("/me")).Should().Contain("data-item=\"1\" data-done=\"true\"");
        var refused = await mentee.PostAsync("/me?handler=Done", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(menteePage), ["year"] = "2026", ["unitId"] = mine.Id, ["number"] = "2", ["version"] = "0", ["on"] = "2026-09-01",
        }));
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await mentee.GetAsync($"{year}/pairing/units/{mine.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await mentee.GetAsync($"{year}/pairing/units/{other.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await mentee.GetAsync($"{year}/programmes/{mine.Id}/text")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await mentee.PostJsonAsync($"{year}/programmes/{mine.Id}/plan/2/done", new PlanItemDoneInput(new LocalDate(2026, 9, 1), null))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await mentor.GetAsync($"/{organization}/2026/banks")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [SkippableFact]
    public async Task Participants_FillTheirQuestionnairesOnTheirPage_AndK6K7Change()
    {
        Skip.If(fixture.Database.Unavailable is not null, fixture.Database.Unavailable);
        var coordinator = fixture.Factory.CreateClient();
        var (year, units) = await Years.WithFixedPairsAsync(coordinator);
        var mine = units.Single(u => u.Mentees.Contains("M1"));
        await Years.ApprovedProgrammeAsync(coordinator, year, mine);
        (await coordinator.PostJsonAsync($"{year}/pairing/units/{mine.Id}/activation", new DateInput(new LocalDate(2026, 9, 1)))).StatusCode.Should().Be(HttpStatusCode.OK);
        var suffix = year.Split('/')[3][2..];
        (await coordinator.PostJsonAsync("/api/accounts", new AccountInput($"q1-{suffix}", Accounts.Password, Role.Mentee, null, "M1"))).StatusCode.Should().Be(HttpStatusCode.Created);
        var mentee = await NewClient().LogInAsync($"q1-{suffix}");
        var before = await IndicatorsAsync(coordinator, year);

        var page = await mentee.GetStringAsync("/me");
        var links = Regex.Matches(page, "href=\"(/me\\?organization=[^\"#]+)#questionnaire\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
        links.Should().HaveCount(2, "the mentee's entry and final questionnaires are open");
        foreach (var link in links)
        {
            var form = await mentee.GetStringAsync(link);
            var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(form) };
            foreach (Match hidden in Regex.Matches(form, "<input type=\"hidden\" name=\"(organization|year|unitId|form|version)\" value=\"([^\"]*)\""))
            {
                fields[hidden.Groups[1].Value] = WebUtility.HtmlDecode(hidden.Groups[2].Value);
            }

            foreach (Match scale in Regex.Matches(form, "type=\"number\" name=\"(answer:[^\"]+)\""))
            {
                fields[scale.Groups[1].Value] = "8";
            }

            foreach (Match yesNo in Regex.Matches(form, "<select name=\"(answer:[^\"]+)\""))
            {
                fields[yesNo.Groups[1].Value] = "yes";
            }

            var posted = await mentee.PostAsync("/me?handler=Answer", new FormUrlEncodedContent(fields));
            posted.StatusCode.Should().Be(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        }

        (await mentee.GetStringAsync("/me")).Should().Contain("заполнена").And.NotContain("#questionnaire\"");
        var after = await IndicatorsAsync(coordinator, year);
        after.Should().NotEqual(before, "the answers count in K6/K7");
    }

    private static async Task<string[]> IndicatorsAsync(HttpClient client, string year)
    {
        var view = await (await client.GetAsync($"{year}/indicators?from=2026-01-01&to=2027-08-31")).ReadAsync<IndicatorsView>();
        return [.. view.Indicators.Where(i => i.Id.StartsWith("K6", StringComparison.Ordinal) || i.Id.StartsWith("K7", StringComparison.Ordinal)).Select(i => $"{i.Id}={i.Numerator}/{i.Denominator}={i.Value}")];
    }

    [GeneratedRegex("<ul class=\"next\">\\s*<li data-item=\"\\d+\">\\d\\d\\.\\d\\d\\.\\d{4}")]
    private static partial Regex NextMeeting();

    private static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    private HttpClient NewClient() => fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
