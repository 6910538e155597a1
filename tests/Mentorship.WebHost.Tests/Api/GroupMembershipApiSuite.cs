using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Mentorship.Domain.Pairing;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Tests.Infrastructure;
using NodaTime;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>
/// Changes of a running group's composition by an order (a mentee joins, leaves, moves between groups) and mentors
/// from other organisations through HTTP, run against each database (<see cref="SqliteGroupMembershipApiTests"/>,
/// <see cref="PostgresGroupMembershipApiTests"/>). Each test works in an organisation of its own.
/// </summary>
public abstract class GroupMembershipApiSuite<TDatabase>(HostFixture<TDatabase> fixture) : IClassFixture<HostFixture<TDatabase>>
    where TDatabase : ITestDatabase, IDisposable, new()
{
    // M5 signs on Wednesday 7 October, the order is of Thursday 8 October, M5 joins on Monday 12 October.
    private static readonly MenteeJoinInput Join = new("M5", new LocalDate(2026, 10, 12), new LocalDate(2026, 10, 7), "30-н", new LocalDate(2026, 10, 8));

    protected HostFixture<TDatabase> Fixture { get; } = fixture;

    [SkippableFact]
    public async Task AddMentee_MenteeOfTheBank_JoinsTheGroupAndPrintsTheOrder()
    {
        var client = Client();
        var (year, group, _) = await Years.WithFixedGroupsAsync(client);
        var version = await VersionAsync(client, year);

        var response = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/joinings", Join, ifMatch: version);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var change = await response.ReadAsync<GroupChangeView>();
        change.Version.Should().Be(version + 1);
        response.Headers.ETag!.Tag.Should().Be($"\"{change.Version}\"");
        var unit = change.Units.Should().ContainSingle().Subject;
        unit.Mentees.Should().Equal("M1", "M2", "M5");
        unit.Joinings.Should().Equal(new MembershipChangeView("M5", new LocalDate(2026, 10, 12), "30-н"));
        (unit.PeriodStart, unit.PeriodEnd).Should().Be((new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31)), "the period stays");
        change.Order.Should().Be(change.Order with { Number = "30-н", Date = new LocalDate(2026, 10, 8), Kind = OrderKind.GroupMembershipChange });
        change.Order.Units.Should().Equal(group.Id);
        change.OrderText.Should().Contain("Об изменении состава наставнической группы").And.Contain("Кузнецова Алина Сергеевна").And.Contain("30-н");
        (await client.GetStringAsync($"{year}/pairing/orders/text?number={Uri.EscapeDataString("30-н")}")).Should().Be(change.OrderText);
        (await (await client.GetAsync($"{year}/pairing/units/{group.Id}")).ReadAsync<UnitView>()).Mentees.Should().Contain("M5");
        string.Join("\n", Fixture.Factory.Logs.Lines).Should().NotContain("Кузнецова", "names are printed in the order, never logged");
    }

    [SkippableFact]
    public async Task AddMentee_MemberOfAnotherGroupTakenNumberLateConsentStaleOrUnknown_IsRefusedAndChangesNothing()
    {
        var client = Client();
        var (year, group, other) = await Years.WithFixedGroupsAsync(client);
        var version = await VersionAsync(client, year);

        var refused = await client.PostJsonAsync(
            $"{year}/pairing/units/{group.Id}/joinings", Join with { Mentee = "M3", ConsentSignedOn = new LocalDate(2026, 10, 9), OrderNumber = "15-н" });
        var member = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/joinings", Join with { Mentee = "M1" });
        var stale = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/joinings", Join, ifMatch: version - 1);
        var missing = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/joinings", new MenteeJoinInput(null, null, null, null, null));
        var notInBank = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/joinings", Join with { Mentee = "M9" });
        var noUnit = await client.PostJsonAsync($"{year}/pairing/units/U-404/joinings", Join);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await refused.ReadObjectAsync();
        Codes(problem).Should().BeEquivalentTo("mentee-unit.already-in-unit", "mentee-consent.signed-too-late", "order.number-taken");
        Fields(problem).Should().BeEquivalentTo("mentee", "consentSignedOn", "orderNumber");
        var already = await member.ReadObjectAsync();
        Codes(already).Should().Contain("group-membership.already-member");
        Fields(already).Should().Contain("mentee");
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        ((string)(await stale.ReadObjectAsync())["currentVersion"]!).Should().Be(version.ToString(CultureInfo.InvariantCulture));
        Fields(await missing.ReadObjectAsync()).Should().BeEquivalentTo("mentee", "firstDay", "consentSignedOn", "orderNumber", "orderDate");
        notInBank.StatusCode.Should().Be(HttpStatusCode.NotFound);
        noUnit.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var after = await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>();
        after.Version.Should().Be(version);
        after.Units.Select(u => u.Mentees.Count).Should().Equal(2, 2);
        after.Orders.Should().ContainSingle();
        other.Mentees.Should().Equal("M3", "M4");
    }

    [SkippableFact]
    public async Task ReleaseMentee_FromAGroupOfThree_LeavesTwoAndPrintsTheOrder()
    {
        var client = Client();
        var (year, group, _) = await Years.WithFixedGroupsAsync(client);
        (await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/joinings", Join)).StatusCode.Should().Be(HttpStatusCode.OK);
        var version = await VersionAsync(client, year);

        var response = await client.PostJsonAsync(
            $"{year}/pairing/units/{group.Id}/leavings",
            new MenteeReleaseInput("M1", new LocalDate(2026, 11, 13), MenteeLeavingGrounds.JustifiedRequestOfMentee, "31-н", new LocalDate(2026, 11, 10)),
            ifMatch: version);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var change = await response.ReadAsync<GroupChangeView>();
        change.Version.Should().Be(version + 1);
        var unit = change.Units.Should().ContainSingle().Subject;
        unit.Mentees.Should().Equal("M2", "M5");
        unit.Leavings.Should().Equal(new MembershipChangeView("M1", new LocalDate(2026, 11, 13), "31-н", MenteeLeavingGrounds.JustifiedRequestOfMentee));
        unit.Status.Should().Be(MentoringUnitStatus.Fixed, "the group goes on");
        change.Order.Kind.Should().Be(OrderKind.GroupMembershipChange);
        change.OrderText.Should().Contain("Об изменении состава наставнической группы").And.Contain("31-н");
    }

    [SkippableFact]
    public async Task ReleaseMentee_GroupWouldFallToOneNotAMemberMoveGroundsOrStale_IsRefusedAndChangesNothing()
    {
        var client = Client();
        var (year, group, _) = await Years.WithFixedGroupsAsync(client);
        var version = await VersionAsync(client, year);
        var request = new MenteeReleaseInput("M2", new LocalDate(2026, 11, 13), MenteeLeavingGrounds.MenteeLeftJob, "31-н", new LocalDate(2026, 11, 10));

        var tooSmall = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/leavings", request);
        var stranger = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/leavings", request with { Mentee = "M3", OrderNumber = "15-н" });
        var move = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/leavings", request with { Grounds = MenteeLeavingGrounds.MovedToAnotherGroup });
        var stale = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/leavings", request, ifMatch: version + 1);

        tooSmall.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var small = await tooSmall.ReadObjectAsync();
        Codes(small).Should().Equal("group-size.too-small");
        Fields(small).Should().Equal("mentee");
        var notMember = await stranger.ReadObjectAsync();
        Codes(notMember).Should().BeEquivalentTo("group-membership.not-a-member", "order.number-taken");
        Fields(notMember).Should().BeEquivalentTo("mentee", "orderNumber");
        move.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await move.ReadObjectAsync()).Should().Equal("grounds");
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var after = await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>();
        after.Version.Should().Be(version);
        after.Units.Should().OnlyContain(u => u.Mentees.Count == 2 && u.Leavings!.Count == 0);
    }

    [SkippableFact]
    public async Task MoveMentee_IntoTheOtherGroup_ChangesBothByOneOrder()
    {
        var client = Client();
        var (year, group, other) = await Years.WithFixedGroupsAsync(client);
        (await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/joinings", Join)).StatusCode.Should().Be(HttpStatusCode.OK);
        var version = await VersionAsync(client, year);

        var response = await client.PostJsonAsync(
            $"{year}/pairing/units/{group.Id}/moves",
            new MenteeMoveInput("M5", other.Id, new LocalDate(2026, 11, 16), new LocalDate(2026, 11, 10), "32-н", new LocalDate(2026, 11, 11)),
            ifMatch: version);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var change = await response.ReadAsync<GroupChangeView>();
        change.Version.Should().Be(version + 1);
        change.Units.Select(u => u.Id).Should().Equal(group.Id, other.Id);
        change.Units[0].Mentees.Should().Equal("M1", "M2");
        change.Units[0].Leavings.Should().Equal(new MembershipChangeView("M5", new LocalDate(2026, 11, 15), "32-н", MenteeLeavingGrounds.MovedToAnotherGroup));
        change.Units[1].Mentees.Should().Equal("M3", "M4", "M5");
        change.Units[1].Joinings.Should().Equal(new MembershipChangeView("M5", new LocalDate(2026, 11, 16), "32-н"));
        change.Order.Units.Should().Equal(group.Id, other.Id);
        change.OrderText.Should().Contain("32-н").And.Contain("Кузнецова Алина Сергеевна");
    }

    [SkippableFact]
    public async Task MoveMentee_GroupWouldFallToOneDayOutsideThePeriodUnknownGroupOrStale_IsRefusedAndChangesNothing()
    {
        var client = Client();
        var (year, group, other) = await Years.WithFixedGroupsAsync(client);
        var version = await VersionAsync(client, year);
        var request = new MenteeMoveInput("M1", other.Id, new LocalDate(2027, 6, 1), new LocalDate(2026, 11, 10), "32-н", new LocalDate(2026, 11, 11));

        var refused = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/moves", request);
        var unknown = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/moves", request with { ToUnit = "U-404" });
        var missing = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/moves", new MenteeMoveInput(null, null, null, null, null, null));
        var stale = await client.PostJsonAsync($"{year}/pairing/units/{group.Id}/moves", request with { FirstDay = new LocalDate(2026, 11, 16) }, ifMatch: version - 1);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await refused.ReadObjectAsync();
        Codes(problem).Should().Contain(["group-size.too-small", "group-membership.outside-period"]);
        Fields(problem).Should().Contain(["mentee", "firstDay"]);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        Fields(await missing.ReadObjectAsync()).Should().BeEquivalentTo("mentee", "toUnit", "firstDay", "consentSignedOn", "orderNumber", "orderDate");
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var after = await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>();
        after.Version.Should().Be(version);
        after.Units.Should().OnlyContain(u => u.Mentees.Count == 2);
    }

    [SkippableFact]
    public async Task RegisterExternalMentor_FromANeighbour_IsListedAndLeadsVirtualUnitsOnly()
    {
        var client = Client();
        var (year, group, _) = await Years.WithFixedGroupsAsync(client);
        var neighbour = $"n-{Guid.NewGuid():N}"[..14];
        var municipal = await Fixture.Factory.ClientAsAsync(Mentorship.WebHost.Security.Role.Municipal);
        (await municipal.PostJsonAsync("/api/organizations", Inputs.Organization(neighbour))).StatusCode.Should().Be(HttpStatusCode.Created);
        var version = await VersionAsync(client, year);

        var response = await client.PostJsonAsync($"{year}/pairing/external-mentors", new ExternalMentorInput("X1", neighbour, 1, new LocalDate(2026, 10, 1)), ifMatch: version);
        var replacement = await client.PostJsonAsync(
            $"{year}/pairing/units/{group.Id}/mentor-replacement",
            new MentorReplacementInput("X1", ReplacementGrounds.MentorLeftJob, new LocalDate(2026, 11, 2), new LocalDate(2026, 11, 9), new LocalDate(2026, 11, 5), 4500m, "доплата", null, "ДС-2", "33-н", new LocalDate(2026, 11, 6)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var pairing = await response.ReadAsync<PairingView>();
        pairing.Version.Should().Be(version + 1);
        pairing.ExternalMentors.Should().Equal(new ExternalMentorView("X1", neighbour, 1));
        replacement.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Codes(await replacement.ReadObjectAsync()).Should().Contain("external-mentor.form-not-virtual", "a group is not the virtual form");
    }

    [SkippableFact]
    public async Task RegisterExternalMentor_OwnOrganizationNoPlaceOwnMentorOrStale_IsRefusedAndChangesNothing()
    {
        var client = Client();
        var (year, _, _) = await Years.WithFixedGroupsAsync(client);
        var own = year.Split('/')[3];
        var version = await VersionAsync(client, year);

        var refused = await client.PostJsonAsync($"{year}/pairing/external-mentors", new ExternalMentorInput("X1", own, 0, null));
        var ownMentor = await client.PostJsonAsync($"{year}/pairing/external-mentors", new ExternalMentorInput("T1", "neighbour-school", 1, null));
        var missing = await client.PostJsonAsync($"{year}/pairing/external-mentors", new ExternalMentorInput(null, null, null, null));
        var stale = await client.PostJsonAsync($"{year}/pairing/external-mentors", new ExternalMentorInput("X1", "neighbour-school", 1, null), ifMatch: version - 1);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await refused.ReadObjectAsync();
        Codes(problem).Should().BeEquivalentTo("external-mentor.same-organization", "mentor-policy.capacity-below-one");
        Fields(problem).Should().BeEquivalentTo("organizationId", "capacity");
        Fields(await ownMentor.ReadObjectAsync()).Should().Equal("mentor");
        Fields(await missing.ReadObjectAsync()).Should().BeEquivalentTo("mentor", "organizationId", "capacity");
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var after = await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>();
        after.Version.Should().Be(version);
        after.ExternalMentors.Should().BeEmpty();
    }

    [SkippableFact]
    public async Task OpenApi_Document_DescribesGroupCompositionAndExternalMentors()
    {
        var client = Client();

        var document = await (await client.GetAsync("/openapi/v1.json")).ReadObjectAsync();

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToArray();
        const string Year = "/api/organizations/{organizationId}/years/{year}";
        paths.Should().Contain([
            $"{Year}/pairing/external-mentors", $"{Year}/pairing/units/{{unitId}}/joinings", $"{Year}/pairing/units/{{unitId}}/leavings", $"{Year}/pairing/units/{{unitId}}/moves",
        ]);
    }

    [SkippableFact]
    public async Task Pages_GroupAndPairs_OfferCompositionFormsAndTheExternalMentorForm()
    {
        var client = Client();
        var (year, group, other) = await Years.WithFixedGroupsAsync(client);
        var pages = "/" + year.Split('/')[3] + "/2026";
        var unitPage = $"{pages}/pairs/{Uri.EscapeDataString(group.Id)}";
        var form = await client.GetStringAsync(unitPage);

        var posted = await client.PostAsync($"{unitPage}?handler=Join", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form), ["version"] = Version(form), ["mentee"] = "M5", ["firstDay"] = "2026-10-12",
            ["consentSignedOn"] = "2026-10-07", ["orderNumber"] = "30-н", ["orderDate"] = "2026-10-08",
        }));
        var joined = await client.GetStringAsync(unitPage);
        var pairsPage = await client.GetStringAsync($"{pages}/pairs");
        var registered = await client.PostAsync($"{pages}/pairs?handler=External", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(pairsPage), ["version"] = Version(pairsPage), ["mentor"] = "X1", ["externalOrganizationId"] = "neighbour-school", ["capacity"] = "1",
        }));

        form.Should().Contain("id=\"join\"").And.Contain("id=\"release\"").And.Contain("id=\"move\"").And.Contain($"value=\"{other.Id}\"").And.Contain("value=\"M5\"");
        (await posted.Content.ReadAsStringAsync()).Should().Contain("Издан приказ № 30-н");
        joined.Should().Contain("data-joining=\"M5\"").And.Contain("M5 Кузнецова Алина Сергеевна, приказ № 30-н");
        pairsPage.Should().Contain("id=\"external\"");
        (await registered.Content.ReadAsStringAsync()).Should().Contain("data-external=\"X1\"");
    }

    /// <summary>A client logged in as the demo organisation's coordinator (a test's own organisation logs it in as its own).</summary>
    protected HttpClient Client()
    {
        Skip.If(Fixture.Database.Unavailable is not null, Fixture.Database.Unavailable);
        return Fixture.Factory.ClientAsAsync(Mentorship.WebHost.Security.Role.Coordinator).GetAwaiter().GetResult();
    }

    private static async Task<int> VersionAsync(HttpClient client, string year) =>
        (await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>()).Version;

    private static string Token(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    private static string Version(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;

    private static string[] Fields(JsonObject problem) => problem["errors"]!.AsObject().Select(e => e.Key).ToArray();

    private static string[] Codes(JsonObject problem) => problem["violations"]?.AsArray().Select(v => (string)v!["code"]!).ToArray() ?? [];
}
