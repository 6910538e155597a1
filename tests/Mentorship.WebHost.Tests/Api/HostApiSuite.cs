using System.Net;
using System.Text.Json.Nodes;
using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using Mentorship.WebHost.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>
/// The host's behaviour through HTTP, run against each database (<see cref="SqliteHostApiTests"/>,
/// <see cref="PostgresHostApiTests"/>). Tests that change data work in an organisation of their own; the demo
/// organisation is only read.
/// </summary>
public abstract class HostApiSuite<TDatabase>(HostFixture<TDatabase> fixture) : IClassFixture<HostFixture<TDatabase>>
    where TDatabase : ITestDatabase, IDisposable, new()
{
    private const string Demo = "/api/organizations/cdt-ilovlya/years/2026";

    protected HostFixture<TDatabase> Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Organizations_FreshDatabase_HoldTheSeededDemoYear()
    {
        var client = Client();

        var organizations = await (await client.GetAsync("/api/organizations")).ReadAsync<List<OrganizationView>>();
        var mentees = await (await client.GetAsync($"{Demo}/mentee-bank")).ReadAsync<MenteeBankView>();
        var mentors = await (await client.GetAsync($"{Demo}/mentor-bank")).ReadAsync<MentorBankView>();

        organizations.Should().Contain(o => o.Id == "cdt-ilovlya" && o.Years.Contains(2026));
        mentees.Entries.Should().HaveCount(12);
        mentors.Entries.Should().HaveCount(8);
        mentees.Entries.Select(e => e.Id).Should().Contain("T07");
        mentors.Entries.Select(e => e.Id).Should().Contain("T07", "one person may be in both banks");
    }

    [SkippableFact]
    public async Task AdmitMentee_ValidInput_Returns201WithLocationAndNewVersion()
    {
        var client = Client();
        var year = await NewYearAsync(client);

        var response = await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M1", "digital", "parents"));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        response.Headers.Location!.ToString().Should().EndWith($"{year}/mentee-bank/entries/M1");
        var entry = await (await client.GetAsync(response.Headers.Location)).ReadAsync<MenteeView>();
        entry.Requests.Should().Equal("digital", "parents");
        entry.FullName.Should().Be("Иванова Мария Петровна");
        entry.YoungSpecialist.Should().BeTrue();
    }

    [SkippableFact]
    public async Task AdmitMentee_BrokenRules_Returns400NamingEachFieldAndChangesNothing()
    {
        var client = Client();
        var year = await NewYearAsync(client);
        var late = Inputs.Mentee("M1", "digital", "digital") with { ConsentGivenOn = null, AdmittedOn = new LocalDate(2026, 10, 12) };

        var response = await client.PostJsonAsync($"{year}/mentee-bank/entries", late);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadObjectAsync();
        Fields(problem).Should().BeEquivalentTo("consentGivenOn", "requests", "admittedOn");
        problem["violations"]!.AsArray().Select(v => (string)v!["code"]!).Should()
            .Contain(["personal-data-consent.missing", "request-list.repeated-topic", "intake-window.outside"]);
        var bank = await (await client.GetAsync($"{year}/mentee-bank")).ReadAsync<MenteeBankView>();
        bank.Version.Should().Be(1);
        bank.Entries.Should().BeEmpty();
    }

    [SkippableFact]
    public async Task AdmitMentee_MissingFields_Returns400NamingThem()
    {
        var client = Client();
        var year = await NewYearAsync(client);
        var input = Inputs.Mentee("M1") with { Educator = Inputs.Educator("M1") with { FullName = " ", BirthDate = null, Post = null } };

        var response = await client.PostJsonAsync($"{year}/mentee-bank/entries", input);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await response.ReadObjectAsync()).Should().BeEquivalentTo("educator.fullName", "educator.birthDate", "educator.post");
    }

    [SkippableFact]
    public async Task AdmitMentee_UnreadableValues_Return400NamingTheFieldWithoutEchoingIt()
    {
        var client = Client();
        var year = await NewYearAsync(client);

        var badDate = await client.PostRawAsync($"{year}/mentee-bank/entries", """{"educator":{"id":"M1","fullName":"Секретова Ольга","birthDate":"1999-13-45"}}""");
        var unknownField = await client.PostRawAsync($"{year}/mentee-bank/entries", """{"educator":{"id":"M1","surname":"Секретова"}}""");
        var unknownEnum = await client.PostRawAsync($"{year}/mentee-bank/entries", """{"reasons":["Tired"]}""");
        var numericEnum = await client.PostRawAsync($"{year}/mentee-bank/entries", """{"reasons":[42]}""");
        var notJson = await client.PostRawAsync($"{year}/mentee-bank/entries", "{ not json");

        foreach (var response in new[] { badDate, unknownField, unknownEnum, numericEnum, notJson })
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).Should().NotContain("Секретова").And.NotContain("1999-13-45");
        }

        Fields(await badDate.ReadObjectAsync()).Should().Equal("educator.birthDate");
        Fields(await unknownField.ReadObjectAsync()).Should().ContainSingle().Which.Should().StartWith("educator");
        Fields(await unknownEnum.ReadObjectAsync()).Should().Equal("reasons[0]");
        Fields(await numericEnum.ReadObjectAsync()).Should().Equal("reasons[0]");
        Fields(await notJson.ReadObjectAsync()).Should().ContainSingle();
    }

    [SkippableFact]
    public async Task Routes_BadOrUnknownKeys_Return400Or404()
    {
        var client = Client();

        var badYear = await client.GetAsync("/api/organizations/cdt-ilovlya/years/1800/mentee-bank");
        var unknownYear = await client.GetAsync("/api/organizations/cdt-ilovlya/years/2031/mentee-bank");
        var unknownOrg = await client.PostJsonAsync("/api/organizations/nobody/years/2026/mentee-bank", new BankOpeningInput(null, null, null, null, null));
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Demo}/mentor-bank/entries/T01/capacity") { Content = System.Net.Http.Json.JsonContent.Create(new CapacityInput(3, null)) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"yesterday\"");
        var badHeader = await client.SendAsync(request);

        badYear.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await badYear.ReadObjectAsync()).Should().Equal("year");
        unknownYear.StatusCode.Should().Be(HttpStatusCode.NotFound);
        unknownOrg.StatusCode.Should().Be(HttpStatusCode.Forbidden, "an organisation not the coordinator's own is out of reach, known or not");
        var municipal = await Fixture.Factory.ClientAsAsync(Mentorship.WebHost.Security.Role.Municipal);
        (await municipal.GetAsync("/api/organizations/nobody")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        badHeader.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await badHeader.ReadObjectAsync()).Should().Equal("If-Match");
    }

    [SkippableFact]
    public async Task Change_BasedOnAnOldVersion_Returns409AndKeepsTheOtherCoordinatorsWrite()
    {
        var client = Client();
        var year = await NewYearAsync(client);
        var seen = (await (await client.GetAsync($"{year}/mentee-bank")).ReadAsync<MenteeBankView>()).Version;

        var first = await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M1"), ifMatch: seen);
        var second = await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M2"), ifMatch: seen);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await second.ReadObjectAsync();
        ((string)problem["detail"]!).Should().Contain("другой координатор").And.Contain("Ничего не сохранено");
        ((string)problem["currentVersion"]!).Should().Be("2");
        var bank = await (await client.GetAsync($"{year}/mentee-bank")).ReadAsync<MenteeBankView>();
        bank.Entries.Select(e => e.Id).Should().Equal("M1");
        bank.Version.Should().Be(2);
    }

    [SkippableFact]
    public async Task SaveAsync_TwoWritersOnTheSameVersion_SecondIsRefusedAndFirstKept()
    {
        var client = Client();
        var year = await NewYearAsync(client);
        var key = new YearKey(OrganizationId.From(year.Split('/')[3]), Inputs.Year);
        using var scopeA = Fixture.Factory.Services.CreateScope();
        using var scopeB = Fixture.Factory.Services.CreateScope();
        var storeA = scopeA.ServiceProvider.GetRequiredService<AggregateStore>();
        var storeB = scopeB.ServiceProvider.GetRequiredService<AggregateStore>();
        var a = (await storeA.FindAsync(AggregateKinds.MenteeBank, key, default))!;
        var b = (await storeB.FindAsync(AggregateKinds.MenteeBank, key, default))!;
        a.Aggregate.Admit(Application("A1"), Inputs.InWindow).IsAccepted.Should().BeTrue();
        b.Aggregate.Admit(Application("B1"), Inputs.InWindow).IsAccepted.Should().BeTrue();

        storeA.Update(a);
        await storeA.SaveAsync(default);
        storeB.Update(b);
        var second = () => storeB.SaveAsync(default);

        await second.Should().ThrowAsync<ConcurrencyConflictException>().WithMessage("*Ничего не сохранено*");
        var bank = await (await client.GetAsync($"{year}/mentee-bank")).ReadAsync<MenteeBankView>();
        bank.Entries.Select(e => e.Id).Should().Equal("A1");
        bank.Version.Should().Be(2);
    }

    [SkippableFact]
    public async Task Admit_ManyCoordinatorsAtOnce_EveryAcceptedEntryIsKept()
    {
        var client = Client();
        var year = await NewYearAsync(client);

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee($"P{i}"))));

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        var accepted = responses.Where(r => r.StatusCode == HttpStatusCode.Created).Select(r => r.Headers.Location!.ToString().Split('/')[^1]).Order().ToArray();
        var bank = await (await client.GetAsync($"{year}/mentee-bank")).ReadAsync<MenteeBankView>();
        bank.Entries.Select(e => e.Id).Order().Should().Equal(accepted);
        bank.Version.Should().Be(1 + accepted.Length);
    }

    [SkippableFact]
    public async Task WithdrawConsent_ErasesThePersonFromTheStoredRow_CountsStay()
    {
        var client = Client();
        var year = await NewYearAsync(client);
        await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M1") with { Educator = Inputs.Educator("M1", "Забываемова Инна Олеговна") });
        await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M2"));

        var response = await client.PostJsonAsync($"{year}/mentee-bank/entries/M1/consent-withdrawal", new DateInput(new LocalDate(2026, 6, 1)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stats = await response.ReadAsync<StatisticsView>();
        stats.Active.Should().Be(1);
        stats.ConsentWithdrawn.Should().Be(1);
        (await client.GetAsync($"{year}/mentee-bank/entries/M1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"{year}/mentee-bank/entries/M1/personal-data")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var row = await StoredSnapshotAsync(year);
        row.Should().NotContain("Забываемова").And.NotContain("\"M1\"");
    }

    [SkippableFact]
    public async Task WithdrawConsent_BeforeTheConsentWasGiven_Returns400OnTheDate()
    {
        var client = Client();
        var year = await NewYearAsync(client);
        await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M1"));

        var early = await client.PostJsonAsync($"{year}/mentee-bank/entries/M1/consent-withdrawal", new DateInput(new LocalDate(2026, 1, 1)));
        var absent = await client.PostJsonAsync($"{year}/mentee-bank/entries/M9/consent-withdrawal", new DateInput(null));
        var wrongChannel = await client.PostJsonAsync($"{year}/mentee-bank/entries/M1/removal", new RemovalInput(RemovalReason.ConsentWithdrawn, null));

        early.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await early.ReadObjectAsync()).Should().Equal("on");
        absent.StatusCode.Should().Be(HttpStatusCode.NotFound);
        wrongChannel.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await wrongChannel.ReadObjectAsync()).Should().Equal("reason");
    }

    [SkippableFact]
    public async Task MentorCommands_EachChange_IsStoredAndVersioned()
    {
        var client = Client();
        var year = await NewYearAsync(client);
        var admitted = await client.PostJsonAsync($"{year}/mentor-bank/entries", Inputs.Mentor("T1", 1, ("digital", 3)));
        var mentor = $"{year}/mentor-bank/entries/T1";

        var competencies = await client.PutJsonAsync($"{mentor}/competencies", new CompetenciesInput([new("digital", 3), new("parents", 2)], null));
        var capacity = await client.PutJsonAsync($"{mentor}/capacity", new CapacityInput(3, null));
        var training = await client.PostJsonAsync($"{mentor}/training", new TrainingInput(new LocalDate(2026, 6, 2), "Школа наставника", 6));
        var consent = await client.PutJsonAsync($"{mentor}/mentoring-consent", new MentoringConsentInput(
            new LocalDate(2026, 8, 25), "наставничество молодого учителя", new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31),
            MentorshipForm.Individual, 3000m, "ежемесячная доплата", "ДС-12"));
        var badLevel = await client.PutJsonAsync($"{mentor}/competencies", new CompetenciesInput([new("digital", 4)], null));
        var badCapacity = await client.PutJsonAsync($"{mentor}/capacity", new CapacityInput(0, null));

        new[] { admitted.StatusCode, competencies.StatusCode, capacity.StatusCode, training.StatusCode, consent.StatusCode }
            .Should().Equal(HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK);
        badLevel.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await badLevel.ReadObjectAsync()).Should().Equal("competencies");
        Fields(await badCapacity.ReadObjectAsync()).Should().Equal("capacity");
        var view = await consent.ReadAsync<MentorView>();
        view.Competencies.Select(c => (c.Topic, c.Level)).Should().Equal(("digital", 3), ("parents", 2));
        view.Capacity.Should().Be(3);
        view.TrainingHours.Should().Be(6);
        view.MentoringConsent!.AgreementNumber.Should().Be("ДС-12");
        consent.Headers.ETag!.Tag.Should().Be("\"6\"");
    }

    [SkippableFact]
    public async Task PersonalDataExport_ListsWhatTheBankHolds()
    {
        var client = Client();

        var export = await (await client.GetAsync($"{Demo}/mentor-bank/entries/T03/personal-data")).ReadAsync<PersonalDataExportView>();

        export.Id.Should().Be("T03");
        export.Fields.Should().Contain(f => f.Name == "ФИО" && f.Value == "Кузнецов Андрей Павлович");
        export.Fields.Should().Contain(f => f.Name == "Компетенции");
    }

    [SkippableFact]
    public async Task Matching_DemoYear_ProposesPairsWithExplainedScores()
    {
        var client = Client();

        var proposal = await (await client.GetAsync($"{Demo}/matching?groups=true")).ReadAsync<MatchingView>();

        proposal.MenteeCount.Should().Be(12);
        proposal.MatchedCount.Should().Be(11);
        proposal.TotalScore.Should().Be(proposal.Assignments.Sum(a => a.Score));
        proposal.Assignments.Should().OnlyContain(a => a.Breakdown.Total == a.Score && a.Breakdown.Explanation.EndsWith($"= {a.Score}", StringComparison.Ordinal));
        proposal.Assignments.Should().OnlyContain(a => a.Mentor != a.Mentee);
        proposal.Unmatched.Should().ContainSingle().Which.Message.Should().NotBeNullOrWhiteSpace();
        proposal.MenteeBankVersion.Should().BeGreaterThan(0);
    }

    [SkippableFact]
    public async Task ExplainPair_SamePersonOrUnknown_ExplainsOrAnswers404()
    {
        var client = Client();

        var self = await (await client.GetAsync($"{Demo}/matching/explanation?mentor=T07&mentee=T07")).ReadAsync<PairExplanationView>();
        var unknown = await client.GetAsync($"{Demo}/matching/explanation?mentor=T99&mentee=S01");
        var missing = await client.GetAsync($"{Demo}/matching/explanation?mentor=T01");
        var badMode = await client.GetAsync($"{Demo}/matching?mode=Greedy");

        self.Verdict.Should().Be(Mentorship.Domain.Matching.PairVerdict.Ineligible);
        self.Violations.Should().NotBeEmpty();
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await missing.ReadObjectAsync()).Should().Equal("mentee");
        badMode.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await badMode.ReadObjectAsync()).Should().Equal("mode");
    }

    [SkippableFact]
    public async Task Roadmap_DemoYear_IsScheduledWithStatusesAgendaAndK12()
    {
        var client = Client();

        var roadmap = await (await client.GetAsync($"{Demo}/roadmap?asOf=2026-05-20")).ReadAsync<RoadmapView>();
        var agenda = await (await client.GetAsync($"{Demo}/roadmap/agenda?from=2026-05-20&days=30")).ReadAsync<AgendaView>();
        var badDays = await client.GetAsync($"{Demo}/roadmap/agenda?days=0");
        var badDate = await client.GetAsync($"{Demo}/roadmap?asOf=20.05.2026");

        roadmap.Activities.Should().BeGreaterThan(5);
        roadmap.Items.Should().Contain(i => i.Id == "3.1/2" && i.Status == Mentorship.Domain.Roadmap.WorkItemStatus.Done);
        roadmap.Execution.Indicator.Should().Be("K12");
        agenda.Entries.Should().NotBeEmpty();
        agenda.Entries.Should().OnlyContain(e => e.Item.Status != Mentorship.Domain.Roadmap.WorkItemStatus.Done);
        agenda.Entries.Select(e => e.Item.Id).Should().Contain(i => i.StartsWith("2.1", StringComparison.Ordinal), "the mentee bank is formed from April to September");
        Fields(await badDays.ReadObjectAsync()).Should().Equal("days");
        Fields(await badDate.ReadObjectAsync()).Should().Equal("asOf");
    }

    [SkippableFact]
    public async Task Roadmap_ImportThenRecordWorkDone_IsStoredAndVersioned()
    {
        var table = (await (await Client().GetAsync($"{Demo}/roadmap")).ReadAsync<RoadmapView>()).Table;
        var client = Client();
        var year = await NewYearAsync(client);

        var broken = await client.PutJsonAsync($"{year}/roadmap", new RoadmapInput("| № | Мероприятие |\n| x |"));
        var imported = await client.PutJsonAsync($"{year}/roadmap", new RoadmapInput(table));
        var done = await client.PostJsonAsync($"{year}/roadmap/completions", new CompletionInput("2.1/1", new LocalDate(2026, 5, 25)), ifMatch: 1);
        var stale = await client.PostJsonAsync($"{year}/roadmap/completions", new CompletionInput("2.2/1", null), ifMatch: 1);
        var unknown = await client.PostJsonAsync($"{year}/roadmap/completions", new CompletionInput("9.9/9", null));

        broken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ((string)(await broken.ReadObjectAsync())["errors"]!["table"]![0]!).Should().StartWith("строка 1: Не найдена строка заголовка");
        imported.StatusCode.Should().Be(HttpStatusCode.Created);
        done.StatusCode.Should().Be(HttpStatusCode.OK);
        (await done.ReadAsync<RoadmapView>()).Items.Single(i => i.Id == "2.1/1").DoneOn.Should().Be(new LocalDate(2026, 5, 25));
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var reread = await (await client.GetAsync($"{year}/roadmap")).ReadAsync<RoadmapView>();
        reread.Version.Should().Be(2);
        reread.Items.Where(i => i.DoneOn is not null).Select(i => i.Id).Should().Equal("2.1/1");
    }

    [SkippableFact]
    public async Task Pairing_ProposedFromMatchingThenConsentsAndOrder_FixesThePairs()
    {
        var client = Client();
        var year = await NewYearAsync(client);
        await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M1", "digital"));
        await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("M2", "digital"));
        await client.PostJsonAsync($"{year}/mentor-bank/entries", Inputs.Mentor("T1", 2, ("digital", 3)));
        var period = new ProposalsInput(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31), null, null, null, null, null);

        var proposed = await client.PostJsonAsync($"{year}/pairing/proposals", period);
        var again = await client.PostJsonAsync($"{year}/pairing/proposals", period);
        var matching = await (await client.GetAsync($"{year}/matching")).ReadAsync<MatchingView>();
        var tooEarly = await client.PostJsonAsync($"{year}/pairing/orders", new OrderInput("15-н", new LocalDate(2026, 8, 20), null));
        var units = (await proposed.ReadAsync<PairingView>()).Units;
        foreach (var unit in units)
        {
            (await client.PostJsonAsync($"{year}/pairing/units/{unit.Id}/consents", new UnitConsentsInput(new LocalDate(2026, 8, 25), 2500m, "доплата", null, null)))
                .StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var order = await client.PostJsonAsync($"{year}/pairing/orders", new OrderInput("15-н", new LocalDate(2026, 8, 28), null));
        var repeated = await client.PostJsonAsync($"{year}/pairing/orders", new OrderInput("15-н", new LocalDate(2026, 8, 29), null));

        proposed.StatusCode.Should().Be(HttpStatusCode.Created);
        units.Should().HaveCount(2).And.OnlyContain(u => u.Mentor == "T1" && u.Status == Mentorship.Domain.Pairing.MentoringUnitStatus.Proposed);
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest, "every mentee the matching can place has a pair already");
        matching.KeptPairs.Should().HaveCount(2);
        matching.Assignments.Should().BeEmpty();
        tooEarly.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        order.StatusCode.Should().Be(HttpStatusCode.Created);
        var fixedUnits = (await order.ReadAsync<PairingView>()).Units;
        fixedUnits.Should().OnlyContain(u => u.Status == Mentorship.Domain.Pairing.MentoringUnitStatus.Fixed && u.OrderNumber == "15-н");
        repeated.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await repeated.ReadObjectAsync()).Should().Contain("number");
        var orderText = await client.GetAsync($"{year}/pairing/orders/text?number={Uri.EscapeDataString("15-н")}");
        orderText.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        (await orderText.Content.ReadAsStringAsync()).Should().Contain("15-н").And.Contain("Петрова Анна Ивановна").And.Contain("Иванова Мария Петровна");
        (await client.GetAsync($"{year}/pairing/orders/text?number=99")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // The first pair's personalized programme: drafted on the standard meeting sequence, approved, printed.
        var programme = new ProgrammeInput(
            [new DiagnosisInput(units[0].Mentees[0], ["планирование уроков"], ["владение ИКТ"], "цифровые инструменты на уроке")],
            "Освоить цифровые инструменты на уроках математики", ["Разобрать три сервиса", "Провести открытый урок"],
            ["Открытый урок с цифровыми инструментами"], ["отчёт наставляемого"]);
        var drafted = await client.PutJsonAsync($"{year}/programmes/{units[0].Id}", programme);
        var twiceDrafted = await client.PutJsonAsync($"{year}/programmes/{units[0].Id}", programme);
        var noGoal = await client.PutJsonAsync($"{year}/programmes/{units[1].Id}", programme with { Goal = null, Diagnoses = [new DiagnosisInput(units[1].Mentees[0], [], [], "цифровые инструменты")] });
        var approved = await client.PostJsonAsync($"{year}/programmes/{units[0].Id}/approval", new DateInput(new LocalDate(2026, 8, 31)));
        var programmeText = await client.GetStringAsync($"{year}/programmes/{units[0].Id}/text");

        drafted.StatusCode.Should().Be(HttpStatusCode.Created);
        (await drafted.ReadAsync<ProgrammeView>()).Plan.Should().NotBeEmpty();
        twiceDrafted.StatusCode.Should().Be(HttpStatusCode.Conflict);
        noGoal.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await noGoal.ReadObjectAsync()).Should().Contain("goal");
        (await approved.ReadAsync<ProgrammeView>()).Status.Should().Be(Mentorship.Domain.Pairing.Programmes.ProgramStatus.Approved);
        programmeText.Should().Contain("Освоить цифровые инструменты на уроках математики").And.Contain("Иванова Мария Петровна");

        // The programmes start in September; monitoring then counts both mentees as having a mentor (K2).
        var beforeOrder = await client.PostJsonAsync($"{year}/pairing/units/{units[0].Id}/activation", new DateInput(new LocalDate(2026, 8, 27)));
        foreach (var unit in units)
        {
            (await client.PostJsonAsync($"{year}/pairing/units/{unit.Id}/activation", new DateInput(new LocalDate(2026, 9, 1)))).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var indicators = await (await client.GetAsync($"{year}/indicators?from=2026-09-01&to=2026-10-01")).ReadAsync<IndicatorsView>();
        beforeOrder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var k2 = indicators.Indicators.Single(i => i.Id == "K2");
        (k2.Numerator, k2.Denominator, k2.Value).Should().Be((2L, 2L, 100m));

        // The mentee answers the entry questionnaire; the core checks every answer.
        var form = (await (await client.GetAsync("/api/questionnaires/instruments")).ReadAsync<List<InstrumentView>>()).Single(i => i.Code == "mentee-entry");
        var mentee = units[0].Mentees[0];
        AnswerInput Answer(InstrumentItemView item, int score) => item.Kind switch
        {
            Mentorship.Domain.Monitoring.Questionnaires.QuestionKind.Scale => new AnswerInput(item.Code, score, null, null),
            Mentorship.Domain.Monitoring.Questionnaires.QuestionKind.YesNo => new AnswerInput(item.Code, null, true, null),
            _ => new AnswerInput(item.Code, null, null, "ожидаю поддержки"),
        };
        var wrong = await client.PostJsonAsync($"{year}/questionnaires/responses", new ResponseInput(null, "mentee-entry", units[0].Id, mentee, new LocalDate(2026, 9, 2), form.Items.Select(i => Answer(i, 11)).ToArray()));
        var answered = await client.PostJsonAsync($"{year}/questionnaires/responses", new ResponseInput(null, "mentee-entry", units[0].Id, mentee, new LocalDate(2026, 9, 2), form.Items.Select(i => Answer(i, 8)).ToArray()));
        var twice = await client.PostJsonAsync($"{year}/questionnaires/responses", new ResponseInput(null, "mentee-entry", units[0].Id, mentee, new LocalDate(2026, 9, 3), form.Items.Select(i => Answer(i, 7)).ToArray()));
        var notAMentee = await client.PostJsonAsync($"{year}/questionnaires/responses", new ResponseInput(null, "mentee-entry", units[0].Id, "T1", new LocalDate(2026, 9, 2), form.Items.Select(i => Answer(i, 8)).ToArray()));

        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await wrong.ReadObjectAsync()).Should().Equal("answers");
        answered.StatusCode.Should().Be(HttpStatusCode.Created);
        twice.StatusCode.Should().Be(HttpStatusCode.Conflict);
        notAMentee.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await (await client.GetAsync($"{year}/questionnaires/responses")).ReadAsync<List<Mentorship.WebHost.Storage.ResponseRecord>>()).Should().ContainSingle();
    }

    [SkippableFact]
    public async Task Reports_DemoYear_AreRussianTextInMarkdownOrPlain()
    {
        var client = Client();

        var monitoring = await client.GetAsync($"{Demo}/reports/monitoring?from=2026-05-01&to=2026-12-31");
        var plain = await client.GetAsync($"{Demo}/reports/monitoring?format=PlainText");
        var municipal = await Fixture.Factory.ClientAsAsync(Mentorship.WebHost.Security.Role.Municipal);
        var analytical = await municipal.GetAsync($"/api/municipalities/{Uri.EscapeDataString("Иловлинский муниципальный район")}/years/2026/reports/analytical");
        var nowhere = await municipal.GetAsync("/api/municipalities/nowhere/years/2026/reports/analytical");

        monitoring.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        var text = await monitoring.Content.ReadAsStringAsync();
        text.Should().StartWith("#").And.Contain("МБОУ ДО ЦДТ").And.Contain("K2");
        plain.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await plain.Content.ReadAsStringAsync()).Should().NotStartWith("#");
        analytical.StatusCode.Should().Be(HttpStatusCode.OK);
        (await analytical.Content.ReadAsStringAsync()).Should().Contain("Аналитическая справка").And.Contain("Иловлинский муниципальный район");
        nowhere.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Indicators_DemoYear_AreComputedOrSayNoData()
    {
        var client = Client();

        var indicators = await (await client.GetAsync($"{Demo}/indicators?from=2026-01-01&to=2026-05-20")).ReadAsync<IndicatorsView>();
        var reversed = await client.GetAsync($"{Demo}/indicators?from=2026-06-01&to=2026-05-01");

        indicators.Indicators.Select(i => i.Id).Should().Contain(["K1", "K2", "K12"]);
        indicators.Indicators.Should().OnlyContain(i => !string.IsNullOrWhiteSpace(i.Title));
        indicators.Indicators.Single(i => i.Id == "K2").Denominator.Should().Be(12, "the demo mentee bank holds twelve mentees");
        reversed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        Fields(await reversed.ReadObjectAsync()).Should().Equal("to");
    }

    [SkippableFact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        var client = Client();

        var document = await (await client.GetAsync("/openapi/v1.json")).ReadObjectAsync();

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToArray();
        paths.Should().Contain(["/api/organizations", "/api/organizations/{organizationId}/years/{year}/mentee-bank/entries", "/api/organizations/{organizationId}/years/{year}/matching"]);
        document["components"]!["schemas"]!["LocalDate"]!["format"]!.GetValue<string>().Should().Be("date");
    }

    [SkippableFact]
    public async Task Pages_BanksAndMatching_RenderTheYear()
    {
        var client = Client();

        var banks = await client.GetStringAsync("/cdt-ilovlya/2026/banks");
        var agenda = await client.GetStringAsync("/cdt-ilovlya/2026/agenda");
        var pairs = await client.GetStringAsync("/cdt-ilovlya/2026/pairs");
        var indicatorsPage = await client.GetStringAsync("/cdt-ilovlya/2026/indicators");
        var matching = await client.GetStringAsync("/cdt-ilovlya/2026/matching?mentor=T03&mentee=S01");
        var missing = await client.GetAsync("/cdt-ilovlya/2031/banks");

        banks.Should().Contain("Павлова Дарья Олеговна").And.Contain("Чуракова Татьяна Викторовна").And.Contain("name=\"Mentee.Id\"");
        matching.Should().Contain("id=\"pairs\"").And.Contain("Подобраны наставники для <strong>").And.Contain("id=\"explanation\"");
        agenda.Should().Contain("id=\"agenda\"").And.Contain("K12");
        pairs.Should().Contain("Предложить пары из подбора");
        indicatorsPage.Should().Contain("id=\"indicators\"").And.Contain("K12");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Logs_RequestsCarryingPersonalData_NeverContainIt()
    {
        var client = Client();
        var year = await NewYearAsync(client);
        const string Name = "Конфиденциальная Зоя Павловна";
        var person = Inputs.Educator("Z1", Name) with { Email = "zoya.secret@example.org", Phone = "+7 999 123-45-67" };

        await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("Z1") with { Educator = person });
        await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("Z1") with { Educator = person });
        await client.PostJsonAsync($"{year}/mentee-bank/entries", Inputs.Mentee("Z2", "digital", "digital") with { Educator = person with { Id = "Z2" }, ConsentGivenOn = null });
        await client.PostRawAsync($"{year}/mentee-bank/entries", $$$"""{"educator":{"id":"Z3","fullName":"{{{Name}}}","birthDate":"31.12.1999"}}""");
        await client.GetAsync($"{year}/mentee-bank/entries/Z1/personal-data");
        await client.PostJsonAsync($"{year}/mentee-bank/entries/Z1/consent-withdrawal", new DateInput(null));

        var logs = string.Join("\n", Fixture.Factory.Logs.Lines);
        logs.Should().Contain("PersonAdmitted", "the host does log what happened, by identifier");
        foreach (var secret in new[] { "Конфиденциальная", "zoya.secret", "123-45-67", "31.12.1999", "2000-02-03" })
        {
            logs.Should().NotContain(secret);
        }
    }

    /// <summary>A client logged in as the demo organisation's coordinator (a test's own organisation logs it in as its own).</summary>
    protected HttpClient Client()
    {
        Skip.If(Fixture.Database.Unavailable is not null, Fixture.Database.Unavailable);
        return Fixture.Factory.ClientAsAsync(Mentorship.WebHost.Security.Role.Coordinator).GetAwaiter().GetResult();
    }

    private static string[] Fields(JsonObject problem) => problem["errors"]!.AsObject().Select(e => e.Key).ToArray();

    private static MenteeApplication Application(string id) => new(
        new Educator(EducatorId.From(id), OrganizationId.From("x"), new PersonalData("Тестова Тест", new LocalDate(2000, 1, 1)), "учитель", null, QualificationCategory.None),
        PersonalDataConsent.Given(new LocalDate(2026, 4, 1)),
        [TopicCode.From("digital")],
        [MentoringReason.YoungSpecialist]);

    /// <summary>A new organisation of the test's own with both banks open for 2026; returns the year's API prefix.</summary>
    private static Task<string> NewYearAsync(HttpClient client) => Years.NewAsync(client);

    private async Task<string> StoredSnapshotAsync(string year)
    {
        var org = year.Split('/')[3];
        using var scope = Fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
        return (await db.MenteeBanks.AsNoTracking().SingleAsync(b => b.OrganizationId == org && b.Year == Inputs.Year)).Snapshot;
    }
}
