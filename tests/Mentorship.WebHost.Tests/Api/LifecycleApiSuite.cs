using System.Net;
using System.Text.Json.Nodes;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>
/// The rest of a pair's life through HTTP (completion, early termination, replacement of the mentor, done marks of the
/// programme) and the staff list that monitoring reads, run against each database
/// (<see cref="SqliteLifecycleApiTests"/>, <see cref="PostgresLifecycleApiTests"/>). Each test works in an
/// organisation of its own.
/// </summary>
public abstract class LifecycleApiSuite<TDatabase>(HostFixture<TDatabase> fixture) : IClassFixture<HostFixture<TDatabase>>
    where TDatabase : ITestDatabase, IDisposable, new()
{
    // Notice on Monday 2 November 2026: Wednesday 4 November is a public holiday, so the third working day after
    // the notice is Friday the 6th (the 5th would do on a plain week).
    private static readonly LocalDate Notice = new(2026, 11, 2);

    protected HostFixture<TDatabase> Fixture { get; } = fixture;

    [SkippableFact]
    public async Task CompleteUnit_ActivePairWithApprovedProgramme_CompletesBothWithTheOutcome()
    {
        var client = Client();
        var (year, units) = await Years.WithFixedPairsAsync(client);
        await Years.ApprovedProgrammeAsync(client, year, units[0]);
        (await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/activation", new DateInput(new LocalDate(2026, 9, 1)))).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await client.PostJsonAsync(
            $"{year}/pairing/units/{units[0].Id}/completion", new UnitCompletionInput(new LocalDate(2027, 5, 31), MentoringOutcome.Achieved, "Цель достигнута", null));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var change = await response.ReadAsync<UnitChangeView>();
        change.Unit.Status.Should().Be(MentoringUnitStatus.Completed);
        (change.Unit.CompletedOn, change.Unit.Outcome, change.Unit.LastDay).Should().Be((new LocalDate(2027, 5, 31), MentoringOutcome.Achieved, new LocalDate(2027, 5, 31)));
        change.Order.Should().BeNull();
        response.Headers.ETag!.Tag.Should().Be($"\"{change.Version}\"");
        var programme = (await (await client.GetAsync($"{year}/programmes")).ReadAsync<List<ProgrammeView>>()).Single(p => p.Unit == units[0].Id);
        (programme.Status, programme.Outcome).Should().Be((ProgramStatus.Completed, MentoringOutcome.Achieved));
        (await (await client.GetAsync($"{year}/pairing/units/{units[0].Id}")).ReadAsync<UnitView>()).Status.Should().Be(MentoringUnitStatus.Completed);
    }

    [SkippableFact]
    public async Task CompleteUnit_NotActiveOrBeforeTheStartOrStale_IsRefusedAndChangesNothing()
    {
        var client = Client();
        var (year, units) = await Years.WithFixedPairsAsync(client);
        (await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/activation", new DateInput(new LocalDate(2026, 9, 1)))).StatusCode.Should().Be(HttpStatusCode.OK);
        var version = (await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>()).Version;

        var notActive = await client.PostJsonAsync($"{year}/pairing/units/{units[1].Id}/completion", new UnitCompletionInput(new LocalDate(2027, 5, 31), MentoringOutcome.Achieved, null, null));
        var beforeStart = await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/completion", new UnitCompletionInput(new LocalDate(2026, 8, 31), MentoringOutcome.PartlyAchieved, null, null));
        var noOutcome = await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/completion", new UnitCompletionInput(null, null, null, null));
        var noProgramme = await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/completion", new UnitCompletionInput(new LocalDate(2027, 5, 31), MentoringOutcome.Achieved, "выводы", null));
        (await client.PutJsonAsync($"{year}/programmes/{units[0].Id}", new ProgrammeInput(
            [new DiagnosisInput(units[0].Mentees[0], [], [], "цифровые инструменты")], "Цель", ["Задача"], ["Результат"], ["отчёт"]))).StatusCode.Should().Be(HttpStatusCode.Created);
        var draftProgramme = await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/completion", new UnitCompletionInput(new LocalDate(2027, 5, 31), MentoringOutcome.Achieved, "выводы", null));
        var stale = await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/completion", new UnitCompletionInput(new LocalDate(2027, 5, 31), MentoringOutcome.Achieved, null, null), ifMatch: version - 1);
        var unknown = await client.PostJsonAsync($"{year}/pairing/units/U-404/completion", new UnitCompletionInput(null, MentoringOutcome.Achieved, null, null));

        notActive.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Codes(await notActive.ReadObjectAsync()).Should().Equal("unit-status.not-active");
        var early = await beforeStart.ReadObjectAsync();
        Codes(early).Should().Equal("completion.before-last-change");
        Fields(early).Should().Equal("on");
        Fields(await noOutcome.ReadObjectAsync()).Should().Equal("outcome");
        Fields(await noProgramme.ReadObjectAsync()).Should().Equal("conclusions");
        var notApproved = await draftProgramme.ReadObjectAsync();
        Codes(notApproved).Should().Equal("program-status.not-approved");
        Fields(notApproved).Should().Equal("conclusions");
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        ((string)(await stale.ReadObjectAsync())["currentVersion"]!).Should().Be(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var after = await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>();
        after.Version.Should().Be(version);
        after.Units.Select(u => u.Status).Should().Equal(MentoringUnitStatus.Active, MentoringUnitStatus.Fixed);
    }

    [SkippableFact]
    public async Task TerminateEarly_NoticeOverTheHoliday_EndsThePairClosesTheProgrammeAndPrintsTheOrder()
    {
        var client = Client();
        var (year, units) = await Years.WithFixedPairsAsync(client);
        await Years.ApprovedProgrammeAsync(client, year, units[1]);
        var version = (await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>()).Version;
        var request = new EarlyTerminationInput(Notice, TerminationInitiator.Employer, EarlyTerminationGrounds.MenteeLeftJob, new LocalDate(2026, 11, 6), "20-н", new LocalDate(2026, 11, 3));

        var refused = await client.PostJsonAsync(
            $"{year}/pairing/units/{units[1].Id}/early-termination",
            request with { EndsOn = new LocalDate(2026, 11, 5), Grounds = EarlyTerminationGrounds.PersonalDataConsentWithdrawn, OrderNumber = "15-н" });
        var stale = await client.PostJsonAsync($"{year}/pairing/units/{units[1].Id}/early-termination", request, ifMatch: version - 1);
        var missing = await client.PostJsonAsync($"{year}/pairing/units/{units[1].Id}/early-termination", new EarlyTerminationInput(null, null, null, null, null, null));
        var ended = await client.PostJsonAsync($"{year}/pairing/units/{units[1].Id}/early-termination", request, ifMatch: version);
        var rule = await (await client.GetAsync($"{year}/pairing/notice?givenOn=2026-11-02")).ReadAsync<NoticeView>();
        var badDate = await client.GetAsync($"{year}/pairing/notice?givenOn=02.11.2026");

        rule.Should().Be(new NoticeView(Notice, 3, new LocalDate(2026, 11, 6)));
        Fields(await badDate.ReadObjectAsync()).Should().Equal("givenOn");
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await refused.ReadObjectAsync();
        Codes(problem).Should().BeEquivalentTo("early-termination.reserved-grounds", "notice.too-short", "order.number-taken");
        Fields(problem).Should().BeEquivalentTo("grounds", "endsOn", "orderNumber");
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        Fields(await missing.ReadObjectAsync()).Should().BeEquivalentTo("noticeGivenOn", "initiatedBy", "grounds", "endsOn", "orderNumber", "orderDate");
        ended.StatusCode.Should().Be(HttpStatusCode.OK);
        var change = await ended.ReadAsync<UnitChangeView>();
        change.Version.Should().Be(version + 1);
        change.Unit.Status.Should().Be(MentoringUnitStatus.EndedEarly);
        change.Unit.EarlyEnd.Should().Be(new EarlyEndView(Notice, TerminationInitiator.Employer, EarlyTerminationGrounds.MenteeLeftJob, new LocalDate(2026, 11, 6), "20-н"));
        change.Order!.Kind.Should().Be(OrderKind.EarlyTermination);
        change.OrderText.Should().Contain("О досрочном прекращении наставничества").And.Contain("20-н").And.Contain("Сидорова Ольга Ивановна");
        (await client.GetStringAsync($"{year}/pairing/orders/text?number={Uri.EscapeDataString("20-н")}")).Should().Be(change.OrderText);
        var programme = (await (await client.GetAsync($"{year}/programmes")).ReadAsync<List<ProgrammeView>>()).Single(p => p.Unit == units[1].Id);
        (programme.Status, programme.ClosedOn).Should().Be((ProgramStatus.Closed, new LocalDate(2026, 11, 6)));
    }

    [SkippableFact]
    public async Task ReplaceMentor_WithNoticeAndAgreement_ChangesTheMentorAndPrintsTheOrder()
    {
        var client = Client();
        var (year, units) = await Years.WithFixedPairsAsync(client);
        var version = (await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>()).Version;
        var request = new MentorReplacementInput(
            "T2", ReplacementGrounds.MentorLeftJob, Notice, new LocalDate(2026, 11, 9), new LocalDate(2026, 11, 5), 2500m, "доплата", null, "ДС-21", "21-н", new LocalDate(2026, 11, 6));

        var refused = await client.PostJsonAsync(
            $"{year}/pairing/units/{units[0].Id}/mentor-replacement", request with { NewMentor = "T1", EffectiveOn = new LocalDate(2026, 11, 6), OrderNumber = "15-н", OrderDate = new LocalDate(2026, 11, 5) });
        var stale = await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/mentor-replacement", request, ifMatch: version - 1);
        var replaced = await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/mentor-replacement", request, ifMatch: version);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await refused.ReadObjectAsync();
        Codes(problem).Should().Contain(["replacement.same-mentor", "notice.too-short", "order.number-taken"]);
        Fields(problem).Should().Contain(["newMentor", "effectiveOn", "orderNumber"]);
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        replaced.StatusCode.Should().Be(HttpStatusCode.OK);
        var change = await replaced.ReadAsync<UnitChangeView>();
        change.Unit.Mentor.Should().Be("T2");
        change.Unit.Status.Should().Be(MentoringUnitStatus.Fixed, "a replacement keeps the status");
        change.Unit.Replacements.Should().Equal(new ReplacementView(new LocalDate(2026, 11, 9), "T1", "T2", ReplacementGrounds.MentorLeftJob, Notice, "21-н"));
        (change.Unit.PeriodStart, change.Unit.PeriodEnd).Should().Be((new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31)), "the period stays");
        change.Order!.Kind.Should().Be(OrderKind.MentorReplacement);
        change.OrderText.Should().Contain("О замене наставника").And.Contain("Смирнова Елена Викторовна").And.Contain("Петрова Анна Ивановна");
    }

    [SkippableFact]
    public async Task MarkPlanItemDone_ApprovedProgramme_IsStoredOnceAndCountsInK4()
    {
        var client = Client();
        var (year, units) = await Years.WithFixedPairsAsync(client);
        var programme = await Years.ApprovedProgrammeAsync(client, year, units[0]);
        (await client.PutJsonAsync($"{year}/programmes/{units[1].Id}", new ProgrammeInput(
            [new DiagnosisInput(units[1].Mentees[0], [], [], "цифровые инструменты")], "Цель", ["Задача"], ["Результат"], ["отчёт"]))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/activation", new DateInput(new LocalDate(2026, 9, 1)))).StatusCode.Should().Be(HttpStatusCode.OK);
        var first = programme.Plan[0];
        var done = $"{year}/programmes/{units[0].Id}/plan/1/done";

        var marked = await client.PostJsonAsync(done, new PlanItemDoneInput(first.Date, "встреча прошла"));
        var again = await client.PostJsonAsync(done, new PlanItemDoneInput(first.Date, null));
        var unknown = await client.PostJsonAsync($"{year}/programmes/{units[0].Id}/plan/999/done", new PlanItemDoneInput(null, null));
        var draft = await client.PostJsonAsync($"{year}/programmes/{units[1].Id}/plan/1/done", new PlanItemDoneInput(null, null));
        var stale = await client.PostJsonAsync($"{year}/programmes/{units[0].Id}/plan/2/done", new PlanItemDoneInput(null, null), ifMatch: 1);
        var noProgramme = await client.PostJsonAsync($"{year}/programmes/U-404/plan/1/done", new PlanItemDoneInput(null, null));

        marked.StatusCode.Should().Be(HttpStatusCode.OK);
        var view = await marked.ReadAsync<ProgrammeView>();
        (view.Plan[0].DoneOn, view.Plan[0].DoneNote).Should().Be((first.Date, "встреча прошла"));
        view.Plan.Skip(1).Should().OnlyContain(i => i.DoneOn == null);
        Codes(await again.ReadObjectAsync()).Should().Equal("plan-item.already-done");
        var unknownProblem = await unknown.ReadObjectAsync();
        Codes(unknownProblem).Should().Equal("plan-item.unknown");
        Fields(unknownProblem).Should().Equal("number");
        Codes(await draft.ReadObjectAsync()).Should().Equal("program-status.not-approved");
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        noProgramme.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var indicators = await (await client.GetAsync($"{year}/indicators?from=2026-09-01&to={first.Date:yyyy-MM-dd}")).ReadAsync<IndicatorsView>();
        var k4 = indicators.Indicators.Single(i => i.Id == "K4");
        (k4.Numerator, k4.Denominator).Should().Be((1L, 1L));
    }

    [SkippableFact]
    public async Task RemovePlanItemDoneMark_AMarkPutByMistake_IsRemovedOnceAndK4CountsTheItemAsNotDone()
    {
        var client = Client();
        var (year, units) = await Years.WithFixedPairsAsync(client);
        var programme = await Years.ApprovedProgrammeAsync(client, year, units[0]);
        (await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/activation", new DateInput(new LocalDate(2026, 9, 1)))).StatusCode.Should().Be(HttpStatusCode.OK);
        var first = programme.Plan[0];
        var done = $"{year}/programmes/{units[0].Id}/plan/1/done";
        var marked = await client.PostJsonAsync(done, new PlanItemDoneInput(first.Date, "встреча прошла"));
        marked.StatusCode.Should().Be(HttpStatusCode.OK);
        var version = int.Parse(marked.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

        var stale = await client.DeleteAsync(done + $"?on={first.Date.PlusDays(2):yyyy-MM-dd}", ifMatch: version - 1);
        var badDate = await client.DeleteAsync(done + "?on=02.09.2026", ifMatch: null);
        var removed = await client.DeleteAsync(done + $"?on={first.Date.PlusDays(2):yyyy-MM-dd}", ifMatch: version);
        var again = await client.DeleteAsync(done, ifMatch: null);

        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        badDate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await badDate.ReadObjectAsync()).Should().Equal("on");
        removed.StatusCode.Should().Be(HttpStatusCode.OK);
        var view = await removed.ReadAsync<ProgrammeView>();
        (view.Plan[0].DoneOn, view.Plan[0].DoneNote).Should().Be(((LocalDate?)null, (string?)null));
        Codes(await again.ReadObjectAsync()).Should().Equal("plan-item.not-done");
        var indicators = await (await client.GetAsync($"{year}/indicators?from=2026-09-01&to={first.Date:yyyy-MM-dd}")).ReadAsync<IndicatorsView>();
        var k4 = indicators.Indicators.Single(i => i.Id == "K4");
        (k4.Numerator, k4.Denominator).Should().Be((0L, 1L));
    }

    [SkippableFact]
    public async Task StaffList_Filled_GivesK1K8K10K11TheirData()
    {
        var client = Client();
        var (year, units) = await Years.WithFixedPairsAsync(client);
        foreach (var unit in units)
        {
            (await client.PostJsonAsync($"{year}/pairing/units/{unit.Id}/activation", new DateInput(new LocalDate(2026, 9, 1)))).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var before = await IndicatorsAsync(client, year, "2026-09-01", "2026-12-31");
        var young = new StaffMemberInput("учитель математики", new LocalDate(2025, 8, 28), null, new LocalDate(2025, 9, 1), new LocalDate(2000, 2, 3), null,
            [new AchievementInput(new LocalDate(2026, 10, 1), AchievementKind.Contest, "Педагогический дебют")]);
        var created = await client.PutJsonAsync($"{year}/staff/M1", young);
        await client.PutJsonAsync($"{year}/staff/M2", new StaffMemberInput("учитель информатики", new LocalDate(2005, 8, 30), new LocalDate(2027, 6, 30), new LocalDate(2005, 9, 1), new LocalDate(1980, 2, 3), null, null));
        var last = await client.PutJsonAsync($"{year}/staff/T1", new StaffMemberInput("учитель физики", new LocalDate(1998, 8, 30), null, null, null, null, null));
        var after = await IndicatorsAsync(client, year, "2026-09-01", "2026-12-31");
        var anniversary = await IndicatorsAsync(client, year, "2027-01-01", "2027-09-30");

        before["K1"].Value.Should().BeNull("without a staff list there are no young teachers to count");
        before["K10"].Value.Should().BeNull();
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var list = await last.ReadAsync<StaffListView>();
        list.Version.Should().Be(3);
        last.Headers.ETag!.Tag.Should().Be("\"3\"");
        var m1 = list.Members.Single(m => m.Id == "M1");
        (m1.YoungTeacher, m1.YoungTeacherThrough).Should().Be((true, new LocalDate(2028, 8, 31)), "status ends on the third anniversary of teaching, before the 36th birthday");
        list.Members.Single(m => m.Id == "M2").YoungTeacher.Should().BeFalse();
        (after["K1"].Numerator, after["K1"].Denominator).Should().Be((1L, 1L));
        (after["K10"].Numerator, after["K10"].Denominator).Should().Be((3L, 3L));
        (after["K11"].Numerator, after["K11"].Denominator).Should().Be((1L, 2L));
        (anniversary["K8"].Numerator, anniversary["K8"].Denominator).Should().Be((1L, 2L), "M2 left before the anniversary of 1 September 2027");
        var row = await StoredStaffAsync(year);
        row.Should().Contain("2028-08-31").And.NotContain("2000-02-03", "the birth date only yields the young-teacher status");
        string.Join("\n", Fixture.Factory.Logs.Lines).Should().NotContain("2000-02-03").And.NotContain("1980-02-03");
    }

    [SkippableFact]
    public async Task StaffList_BadEntriesStaleOrUnknown_AreRefusedNamingTheField()
    {
        var client = Client();
        var year = await Years.NewAsync(client);
        var valid = new StaffMemberInput("учитель", new LocalDate(2020, 9, 1), null, null, null, null, null);
        (await client.PutJsonAsync($"{year}/staff/S1", valid)).StatusCode.Should().Be(HttpStatusCode.Created);

        var reversed = await client.PutJsonAsync($"{year}/staff/S2", valid with { Post = " ", LeftOn = new LocalDate(2020, 8, 31) });
        var both = await client.PutJsonAsync($"{year}/staff/S2", valid with { BirthDate = new LocalDate(1999, 1, 1), YoungTeacherThrough = new LocalDate(2030, 1, 1) });
        var noKind = await client.PutJsonAsync($"{year}/staff/S2", valid with { Achievements = [new AchievementInput(new LocalDate(2026, 1, 1), null, null)] });
        var stale = await client.PutJsonAsync($"{year}/staff/S2", valid, ifMatch: 7);
        var replaced = await client.PutJsonAsync($"{year}/staff/S1", valid with { LeftOn = new LocalDate(2026, 6, 30) }, ifMatch: 1);
        var removed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"{year}/staff/S1"));
        var absent = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"{year}/staff/S9"));
        var nobody = await client.PutJsonAsync("/api/organizations/nobody/years/2026/staff/S1", valid);

        Fields(await reversed.ReadObjectAsync()).Should().BeEquivalentTo("post", "leftOn");
        Fields(await both.ReadObjectAsync()).Should().Equal("youngTeacherThrough");
        Fields(await noKind.ReadObjectAsync()).Should().Equal("achievements[0].kind");
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        replaced.StatusCode.Should().Be(HttpStatusCode.OK);
        (await replaced.ReadAsync<StaffListView>()).Members.Single().LeftOn.Should().Be(new LocalDate(2026, 6, 30));
        removed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await removed.ReadAsync<StaffListView>()).Members.Should().BeEmpty();
        absent.StatusCode.Should().Be(HttpStatusCode.NotFound);
        nobody.StatusCode.Should().Be(HttpStatusCode.Forbidden, "another organisation is out of the coordinator's reach");
    }

    [SkippableFact]
    public async Task StaffList_DemoYear_IsSeededFromTheBanksSoK1AndK10HaveData()
    {
        var client = Client();

        var staff = await (await client.GetAsync("/api/organizations/cdt-ilovlya/years/2026/staff")).ReadAsync<StaffListView>();
        var indicators = await IndicatorsAsync(client, "/api/organizations/cdt-ilovlya/years/2026", "2026-01-01", "2026-05-20");

        staff.Members.Should().HaveCount(19, "twelve mentees and eight mentors, one of them in both banks");
        var employed = staff.Members.Where(m => m.HiredOn <= new LocalDate(2026, 5, 20)).ToArray();
        employed.Should().HaveCount(18, "one demo mentee starts teaching only in September");
        indicators["K10"].Denominator.Should().Be(employed.Length);
        indicators["K1"].Denominator.Should().Be(employed.Count(m => m.YoungTeacher)).And.BePositive();
        indicators["K1"].Value.Should().Be(0m, "no pair has started yet");
    }

    [SkippableFact]
    public async Task OpenApi_Document_DescribesTheLifeOfAPairAndTheStaffList()
    {
        var client = Client();

        var document = await (await client.GetAsync("/openapi/v1.json")).ReadObjectAsync();

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToArray();
        const string Year = "/api/organizations/{organizationId}/years/{year}";
        paths.Should().Contain([
            $"{Year}/pairing/units/{{unitId}}", $"{Year}/pairing/notice", $"{Year}/pairing/units/{{unitId}}/completion", $"{Year}/pairing/units/{{unitId}}/early-termination",
            $"{Year}/pairing/units/{{unitId}}/mentor-replacement", $"{Year}/programmes/{{unitId}}/plan/{{number}}/done", $"{Year}/staff", $"{Year}/staff/{{educatorId}}",
        ]);
    }

    [SkippableFact]
    public async Task Pages_UnitProgrammeQuestionnairesStaff_ShowTheLifeAndTakeActions()
    {
        var client = Client();
        var (year, units) = await Years.WithFixedPairsAsync(client);
        await Years.ApprovedProgrammeAsync(client, year, units[0]);
        (await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/activation", new DateInput(new LocalDate(2026, 9, 1)))).StatusCode.Should().Be(HttpStatusCode.OK);
        await client.PutJsonAsync($"{year}/staff/M1", new StaffMemberInput("учитель математики", new LocalDate(2025, 8, 28), null, null, null, null, null));
        var pages = "/" + year.Split('/')[3] + "/2026";
        var programmePage = $"{pages}/pairs/{Uri.EscapeDataString(units[0].Id)}/programme";

        var active = await client.GetStringAsync($"{pages}/pairs/{Uri.EscapeDataString(units[0].Id)}");
        var fixedUnit = await client.GetStringAsync($"{pages}/pairs/{Uri.EscapeDataString(units[1].Id)}");
        var form = await client.GetStringAsync(programmePage);
        var token = Token(form);
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var posted = await client.PostAsync($"{programmePage}?handler=Done", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["version"] = version, ["number"] = "1", ["on"] = "2026-09-01", ["note"] = "знакомство",
        }));
        var marked = await client.GetStringAsync(programmePage);
        var markedVersion = System.Text.RegularExpressions.Regex.Match(marked, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var undone = await client.PostAsync($"{programmePage}?handler=Undone", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(marked), ["version"] = markedVersion, ["number"] = "1",
        }));
        var unmarked = await client.GetStringAsync(programmePage);
        var questionnaires = await client.GetStringAsync($"{pages}/questionnaires?form=mentee-entry&unit={Uri.EscapeDataString(units[0].Id)}");
        var entry = (await (await client.GetAsync("/api/questionnaires/instruments")).ReadAsync<List<InstrumentView>>()).Single(i => i.Code == "mentee-entry");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(questionnaires), ["version"] = "0", ["form"] = "mentee-entry", ["unit"] = units[0].Id,
            ["respondent"] = units[0].Mentees[0], ["answeredOn"] = "2026-09-02",
        };
        foreach (var item in entry.Items)
        {
            fields[$"answer:{item.Code}"] = item.Kind switch { QuestionKind.Scale => "8", QuestionKind.YesNo => "yes", _ => "жду поддержки" };
        }

        var answered = await client.PostAsync($"{pages}/questionnaires", new FormUrlEncodedContent(fields));
        var responses = await (await client.GetAsync($"{year}/questionnaires/responses")).ReadAsync<List<Mentorship.WebHost.Storage.ResponseRecord>>();
        var staff = await client.GetStringAsync($"{pages}/staff");
        var missing = await client.GetAsync($"{pages}/pairs/U-404");

        active.Should().Contain("id=\"complete\"").And.Contain("id=\"terminate\"").And.Contain("id=\"replace\"").And.Contain("Смирнова Елена Викторовна").And.NotContain("id=\"activate\"");
        fixedUnit.Should().Contain("id=\"activate\"").And.NotContain("id=\"complete\"").And.Contain("не менее чем за 3 рабочих дня");
        (await posted.Content.ReadAsStringAsync()).Should().Contain("Пункт 1 плана выполнен", "the form redirects to the page with the notice");
        marked.Should().Contain("✓ 01.09.2026 — знакомство").And.Contain("data-done=\"True\"").And.Contain("снять отметку");
        (await undone.Content.ReadAsStringAsync()).Should().Contain("Отметка о выполнении пункта 1 снята");
        unmarked.Should().NotContain("data-done=\"True\"").And.NotContain("✓ 01.09.2026 — знакомство");
        questionnaires.Should().Contain("id=\"response\"").And.Contain("name=\"answer:");
        (await answered.Content.ReadAsStringAsync()).Should().Contain("записана");
        responses.Should().ContainSingle().Which.Answers.Should().HaveCount(entry.Items.Count);
        staff.Should().Contain("data-member=\"M1\"").And.Contain("учитель математики");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>A client logged in as the demo organisation's coordinator (a test's own organisation logs it in as its own).</summary>
    protected HttpClient Client()
    {
        Skip.If(Fixture.Database.Unavailable is not null, Fixture.Database.Unavailable);
        return Fixture.Factory.ClientAsAsync(Mentorship.WebHost.Security.Role.Coordinator).GetAwaiter().GetResult();
    }

    [SkippableFact]
    public async Task WithdrawConsent_MentorOfTwoPairs_EndsThemByTheOrderAfterTheNoticeAndErasesTheMentorEverywhere()
    {
        var client = Client();
        var (year, units) = await Years.WithFixedPairsAsync(client);
        (await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/activation", new DateInput(new LocalDate(2026, 9, 1)))).StatusCode.Should().Be(HttpStatusCode.OK);
        var version = (await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>()).Version;
        await client.PutJsonAsync($"{year}/staff/T1", new StaffMemberInput("учитель физики", new LocalDate(1998, 8, 30), null, null, null, null, null));
        await client.PutJsonAsync($"{year}/staff/M1", new StaffMemberInput("учитель математики", new LocalDate(2025, 8, 28), null, null, null, null, null));

        var withoutOrder = await client.PostJsonAsync($"{year}/pairing/people/T1/consent-withdrawal", new ConsentWithdrawalInput(Notice, null, null));
        var takenNumber = await client.PostJsonAsync($"{year}/pairing/people/T1/consent-withdrawal", new ConsentWithdrawalInput(Notice, "15-н", Notice));
        var withdrawn = await client.PostJsonAsync($"{year}/pairing/people/T1/consent-withdrawal", new ConsentWithdrawalInput(Notice, "21-н", Notice), ifMatch: version);

        withoutOrder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var missing = await withoutOrder.ReadObjectAsync();
        Codes(missing).Should().Equal("withdrawal.order-required");
        Fields(missing).Should().Equal("orderNumber");
        ((string)missing["detail"]!).Should().Contain("ничего не изменено");
        var taken = await takenNumber.ReadObjectAsync();
        Codes(taken).Should().Equal("order.number-taken");
        Fields(taken).Should().Equal("orderNumber");
        withdrawn.StatusCode.Should().Be(HttpStatusCode.OK);
        var view = await withdrawn.ReadAsync<ConsentWithdrawalView>();
        view.Version.Should().Be(version + 1);
        view.EndedUnits.Should().Equal(units.Select(u => u.Id));
        view.CancelledUnits.Should().BeEmpty();
        view.MenteesWithoutPair.Should().Equal("M1", "M2");
        (view.Order!.Number, view.Order.Kind).Should().Be(("21-н", OrderKind.EarlyTermination));
        view.Order.Units.Should().Equal(units.Select(u => u.Id));
        view.OrderText.Should().Contain("О досрочном прекращении наставничества").And.Contain("21-н");
        var register = await (await client.GetAsync($"{year}/pairing")).ReadAsync<PairingView>();
        register.Units.Select(u => (u.Status, u.LastDay)).Should().Equal(
            (MentoringUnitStatus.EndedEarly, new LocalDate(2026, 11, 6)), (MentoringUnitStatus.EndedEarly, new LocalDate(2026, 11, 6)));
        (await client.GetStringAsync($"{year}/pairing")).Should().NotContain("\"T1\"");
        var mentors = await (await client.GetAsync($"{year}/mentor-bank")).ReadAsync<MentorBankView>();
        mentors.Entries.Select(e => e.Id).Should().NotContain("T1");
        var staff = await client.GetStringAsync($"{year}/staff");
        staff.Should().NotContain("\"T1\"", "the staff list keeps the entry under the register's pseudonym only").And.Contain("\"M1\"").And.Contain("anonymous-");
        (await client.PostJsonAsync($"{year}/pairing/people/T1/consent-withdrawal", new ConsentWithdrawalInput(Notice, null, null))).StatusCode.Should().Be(HttpStatusCode.OK, "a person no longer held is accepted with nothing to do");
    }

    [SkippableFact]
    public async Task ProposeFromMatching_MentorFullInTheOrganisationsPreviousYear_IsRefusedOverCapacity()
    {
        var client = Client();
        var year = await Years.NewAsync(client);
        (await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M1", "digital"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostJsonAsync($"{year}/mentor-bank/entries", Inputs.Mentor("T1", 2, ("digital", 3)))).StatusCode.Should().Be(HttpStatusCode.Created);

        // The 2025 register of the same organisation: T1 leads two pairs until 31 August 2026.
        var org = year.Split('/')[3];
        var previous = PairingRegister.Open(Mentorship.Domain.People.OrganizationId.From(org), Inputs.Year - 1, Mentorship.Domain.Calendar.RussianProductionCalendar.Default);
        var lastYear = new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2026, 8, 31));
        foreach (var mentee in new[] { "P1", "P2" })
        {
            previous.Propose(
                new PairProposal(Mentorship.Domain.People.EducatorId.From("T1"), [Mentorship.Domain.People.EducatorId.From(mentee)], Mentorship.Domain.People.MentorshipForm.Individual, lastYear),
                new LocalDate(2025, 8, 20)).IsProposed.Should().BeTrue();
        }

        using (var scope = Fixture.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Mentorship.WebHost.Storage.MentorshipDbContext>();
            db.PairingRegisters.Add(new Mentorship.WebHost.Storage.PairingRegisterRow
            {
                OrganizationId = org, Year = Inputs.Year - 1, Snapshot = Mentorship.WebHost.Storage.AggregateKinds.PairingRegister.Write(previous), Version = 1,
            });
            await db.SaveChangesAsync();
        }

        var overlapping = await client.PostJsonAsync($"{year}/pairing/proposals", new ProposalsInput(new LocalDate(2026, 6, 1), new LocalDate(2027, 4, 30), null, null, null, null, null));
        var after = await client.PostJsonAsync($"{year}/pairing/proposals", new ProposalsInput(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31), null, null, null, null, null));

        overlapping.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await overlapping.ReadObjectAsync();
        Codes(problem).Should().Equal("mentor-load.over-capacity");
        Fields(problem).Should().Equal("matching");
        after.StatusCode.Should().Be(HttpStatusCode.Created, "from 1 September the 2025 pairs are over");
    }

    private static async Task<Dictionary<string, IndicatorView>> IndicatorsAsync(HttpClient client, string year, string from, string to) =>
        (await (await client.GetAsync($"{year}/indicators?from={from}&to={to}")).ReadAsync<IndicatorsView>()).Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);

    private static string Token(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    private static string[] Fields(JsonObject problem) => problem["errors"]!.AsObject().Select(e => e.Key).ToArray();

    private static string[] Codes(JsonObject problem) => problem["violations"]?.AsArray().Select(v => (string)v!["code"]!).ToArray() ?? [];

    private async Task<string> StoredStaffAsync(string year)
    {
        var org = year.Split('/')[3];
        using var scope = Fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Mentorship.WebHost.Storage.MentorshipDbContext>();
        return (await db.StaffLists.AsNoTracking().SingleAsync(b => b.OrganizationId == org && b.Year == Inputs.Year)).Snapshot;
    }
}
