using Mentorship.Domain.Calendar;
using Mentorship.Domain.Monitoring.LocalActs;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;
using Mentorship.Domain.Tests.Roadmap;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Monitoring.LocalActs;

public class LocalActRegisterTests
{
    private static readonly OrganizationId Org = Build.Org;

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static LocalActDraft SystemOrder(LocalDate? date = null) =>
        new(LocalActKind.SystemOrder, "87", date ?? D(2026, 4, 29), "О создании и функционировании системы наставничества", "https://cdt.example/docs/87.pdf");

    private static LocalActDraft Regulation() =>
        new(LocalActKind.Regulation, "87", D(2026, 4, 29), "Положение о системе наставничества педагогических работников", null, "дело 01-05, л. 12");

    private static LocalActDraft Roadmap() =>
        new(LocalActKind.Roadmap, "88", D(2026, 4, 30), "План мероприятий «Дорожная карта»", "https://cdt.example/docs/88.pdf");

    [Fact]
    public void Register_ValidAct_IsListedWithItsIdAndAnEvent()
    {
        var register = LocalActRegister.Open(Org);

        var first = register.Register(SystemOrder()).Value;
        var second = register.Register(Regulation() with { Number = "  87 ", InForceFrom = D(2026, 5, 1) }).Value;

        (first.Id, second.Id).Should().Be((1, 2));
        second.Number.Should().Be("87");
        second.InForceFrom.Should().Be(D(2026, 5, 1));
        first.InForceFrom.Should().Be(D(2026, 4, 29), "an act without a first day in force is in force from its adoption");
        second.Reference.Should().Be("дело 01-05, л. 12");
        first.Reference.Should().Be("https://cdt.example/docs/87.pdf");
        first.Requisites.Should().Be("№ 87 от 29.04.2026");
        register.DequeueEvents().Should().Equal(
            new LocalActRegistered(D(2026, 4, 29), Org, 1, LocalActKind.SystemOrder),
            new LocalActRegistered(D(2026, 4, 29), Org, 2, LocalActKind.Regulation));
    }

    [Fact]
    public void Register_OrderWithoutNumber_IsRefusedByTheNumberRule()
    {
        var register = LocalActRegister.Open(Org);

        var outcome = register.Register(SystemOrder() with { Number = " " });

        var violation = outcome.Rejection.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(LocalActNumberRule.Required);
        violation.Argument("kind")!.Value.Should().Be("LocalActKind.SystemOrder");
        violation.Message.Should().Be("У приказа нужен номер (вид акта: приказ о создании системы наставничества).");
        register.Acts.Should().BeEmpty();
        register.Register(new LocalActDraft(LocalActKind.MentorshipProgramme, null, D(2026, 8, 30), "Программа наставничества")).IsAccepted.Should().BeTrue("only orders need a number");
    }

    [Fact]
    public void Register_InForceBeforeAdoptionAndEndingBeforeStart_ReportsBothPeriodViolations()
    {
        var register = LocalActRegister.Open(Org);

        var outcome = register.Register(SystemOrder() with { InForceFrom = D(2026, 4, 1), InForceThrough = D(2026, 3, 31) });

        outcome.Rejection.Violations.Select(v => v.Code).Should().Equal(LocalActPeriodRule.BeforeAdoption, LocalActPeriodRule.EndsBeforeStart);
        outcome.Rejection.Violations[0].Argument("from")!.AsDate().Should().Be(D(2026, 4, 1));
        outcome.Rejection.Violations[0].Argument("date")!.AsDate().Should().Be(D(2026, 4, 29));
        outcome.Rejection.Violations[1].Argument("through")!.AsDate().Should().Be(D(2026, 3, 31));
        register.Register(SystemOrder() with { InForceFrom = D(2026, 4, 29), InForceThrough = D(2026, 4, 29) }).IsAccepted.Should().BeTrue("one day in force is a period");
    }

    [Theory]
    [InlineData("cdt.example/docs/87.pdf")]
    [InlineData("ftp://cdt.example/87.pdf")]
    [InlineData("file:///C:/docs/87.pdf")]
    [InlineData("https://")]
    public void Register_LinkThatIsNotAWebAddress_IsRefused(string link)
    {
        var outcome = LocalActRegister.Open(Org).Register(SystemOrder() with { Link = link });

        var violation = outcome.Rejection.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(LocalActLinkRule.NotWebAddress);
        violation.Argument("link")!.Value.Should().Be(link);
    }

    [Fact]
    public void Register_WebsiteSectionWithoutLink_IsRefused_WithLinkAccepted()
    {
        var register = LocalActRegister.Open(Org);
        var section = new LocalActDraft(LocalActKind.WebsiteSection, null, D(2026, 5, 10), "Раздел «Наставничество»");

        register.Register(section).Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(LocalActLinkRule.Required);
        register.Register(section with { Link = "http://cdt.example/nastavnichestvo" }).Value.Reference.Should().Be("http://cdt.example/nastavnichestvo");
    }

    [Fact]
    public void Register_SameKindNumberAndDate_IsRefusedAsDuplicate_ButAnotherDateIsAnotherAct()
    {
        var register = LocalActRegister.Open(Org);
        register.Register(SystemOrder());

        var again = register.Register(SystemOrder() with { Title = "другое название", Link = null });

        var violation = again.Rejection.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(LocalActDuplicateRule.Duplicate);
        violation.Argument("act")!.Value.Should().Be("1");
        register.Register(SystemOrder(D(2027, 4, 29))).IsAccepted.Should().BeTrue();
        register.Register(SystemOrder() with { Kind = LocalActKind.CoordinatorOrder }).IsAccepted.Should().BeTrue("an order of the same number and date can be of another kind");
    }

    [Fact]
    public void Register_BlankTitleOrOverlongText_IsACallerMistake()
    {
        var register = LocalActRegister.Open(Org);

        FluentActions.Invoking(() => register.Register(SystemOrder() with { Title = " " })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => register.Register(SystemOrder() with { FileReference = new string('x', LocalActRegister.MaxTextLength + 1) })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => register.Register(SystemOrder() with { Kind = (LocalActKind)42 })).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Repeal_SetsTheLastDay_AndRefusesUnknownEarlyOrReviving()
    {
        var register = LocalActRegister.Open(Org);
        var act = register.Register(Regulation()).Value;
        register.DequeueEvents();

        register.Repeal(act.Id, D(2027, 8, 31)).IsAccepted.Should().BeTrue();
        register.Find(act.Id)!.InForceThrough.Should().Be(D(2027, 8, 31));
        register.Find(act.Id)!.IsInForceOn(D(2027, 8, 31)).Should().BeTrue();
        register.Find(act.Id)!.IsInForceOn(D(2027, 9, 1)).Should().BeFalse();
        register.DequeueEvents().Should().Equal(new LocalActRepealed(D(2027, 8, 31), Org, act.Id));

        register.Repeal(7, D(2027, 1, 1)).Rejection.Violations.Single().Code.Should().Be(LocalActRepealRule.Unknown);
        register.Repeal(act.Id, D(2026, 4, 28)).Rejection.Violations.Single().Code.Should().Be(LocalActRepealRule.BeforeStart);
        register.Repeal(act.Id, D(2028, 1, 1)).Rejection.Violations.Single().Code.Should().Be(LocalActRepealRule.AlreadyEnded);
        register.Repeal(act.Id, D(2027, 6, 30)).IsAccepted.Should().BeTrue("a period can be shortened");
        register.Find(act.Id)!.InForceThrough.Should().Be(D(2027, 6, 30));
    }

    [Fact]
    public void Checklist_ListsEveryKindInOrder_WithActsInForceLatestFirst_AndThePairingRegistersFixingOrders()
    {
        var register = LocalActRegister.Open(Org);
        register.Register(SystemOrder());
        var old = register.Register(new LocalActDraft(LocalActKind.Regulation, "12", D(2025, 1, 10), "Положение (старое)", null, "дело 1")).Value;
        register.Repeal(old.Id, D(2026, 4, 28));
        register.Register(Regulation());
        register.Register(new LocalActDraft(LocalActKind.CoordinatorOrder, "90", D(2026, 9, 20), "О назначении куратора"));
        var pairing = PairingBuild.Register();
        var unit = PairingBuild.Running(pairing, "T01", "S01");
        pairing.Orders.Should().ContainSingle();

        var list = register.Checklist(D(2026, 9, 1), pairing.Orders);

        list.Select(c => c.Kind).Should().Equal(LocalActCatalog.Kinds);
        list.Select(c => c.Present).Should().Equal(true, true, false, true, false, false, false, false, false);
        list[1].Acts.Should().ContainSingle().Which.Number.Should().Be("87", "the repealed regulation is not in force");
        var fixing = list[3].Acts.Should().ContainSingle().Subject;
        (fixing.Number, fixing.Date, fixing.IsFromPairingRegister, fixing.Id).Should().Be(("1-од", PairingBuild.OrderDate, true, 0));
        list[3].Reference.Should().Be("№ 1-од от 28.08.2026");
        list[3].Title.Should().Be("Приказ(ы) о закреплении наставнических пар (групп)");
        list[6].Reference.Should().BeNull("the coordinator's order is dated after the checklist's day");
        register.Checklist(D(2026, 9, 1)).Single(c => c.Kind == LocalActKind.FixingOrder).Present.Should().BeFalse();
        unit.Should().NotBeNull();
    }

    [Fact]
    public void AllActs_AFixingOrderAlsoRegisteredByHand_IsListedOnce()
    {
        var register = LocalActRegister.Open(Org);
        var pairing = PairingBuild.Register();
        PairingBuild.Running(pairing, "T01", "S01");
        register.Register(new LocalActDraft(LocalActKind.FixingOrder, "1-од", PairingBuild.OrderDate, "О закреплении", "https://cdt.example/1.pdf"));

        var all = register.AllActs(pairing.Orders);

        all.Should().ContainSingle().Which.Link.Should().Be("https://cdt.example/1.pdf");
    }

    [Fact]
    public void Checklist_FixingOrdersByReference_AreListedOnceEachByNumberAndDate()
    {
        var register = LocalActRegister.Open(Org);
        register.Register(new LocalActDraft(LocalActKind.FixingOrder, "1-од", PairingBuild.OrderDate, "О закреплении", "https://cdt.example/1.pdf"));
        register.Register(new LocalActDraft(LocalActKind.CoordinatorOrder, "2-од", PairingBuild.OrderDate, "О назначении куратора", null, "дело 1"));
        OrderReference[] orders =
        [
            new("1-од", PairingBuild.OrderDate),
            new("2-од", PairingBuild.OrderDate),
            new("1-од", PairingBuild.OrderDate.PlusDays(1)),
            new("1-од", PairingBuild.OrderDate),
        ];

        var fixing = register.Checklist(D(2026, 9, 1), orders).Single(c => c.Kind == LocalActKind.FixingOrder);

        fixing.Acts.Select(a => (a.Number, a.Date, a.Link)).Should().BeEquivalentTo(new (string?, LocalDate, string?)[]
        {
            ("1-од", PairingBuild.OrderDate, "https://cdt.example/1.pdf"),
            ("2-од", PairingBuild.OrderDate, null),
            ("1-од", PairingBuild.OrderDate.PlusDays(1), null),
        });
    }

    [Fact]
    public void Register_TextOfExactlyTheLongestLength_IsAccepted()
    {
        var register = LocalActRegister.Open(Org);

        register.Register(SystemOrder() with { FileReference = new string('x', LocalActRegister.MaxTextLength) }).IsAccepted.Should().BeTrue();
        FluentActions.Invoking(() => register.Register(SystemOrder() with { Title = new string('x', LocalActRegister.MaxTextLength + 1) }))
            .Should().Throw<ArgumentException>().WithParameterName("draft").WithMessage($"*{LocalActRegister.MaxTextLength}*");
    }

    [Fact]
    public void ApplyTo_SeedRoadmap_MarksTheDeliverablesOfRegisteredKindsDone()
    {
        var roadmap = RoadmapTableImporter.Import(SeedRoadmap.Text.Replace("2022", "2026", StringComparison.Ordinal)).Roadmap;
        var schedule = new RoadmapScheduler(RussianProductionCalendar.Default).Schedule(roadmap, 2026);
        var register = LocalActRegister.Open(Org);
        register.Register(SystemOrder());
        register.Register(Roadmap());
        var earlier = register.Register(new LocalActDraft(LocalActKind.Regulation, "5", D(2024, 3, 1), "Положение о наставничестве", null, "дело 2")).Value;
        var pairing = PairingBuild.Register();
        PairingBuild.Running(pairing, "T01", "S01");
        var kept = RoadmapProgress.Empty.WithDone("1.1/3", D(2026, 4, 20));

        var progress = register.ApplyTo(schedule, kept, pairing.Orders);

        Item(schedule, "1.1/1").Title.Should().StartWith("Приказ «О создании");
        progress.DoneOn("1.1/1").Should().Be(D(2026, 4, 29));
        progress.DoneOn("1.1/2").Should().Be(Item(schedule, "1.1/2").Window.Start, "the regulation of 2024 is in force when the window opens");
        progress.DoneOn("1.1/3").Should().Be(D(2026, 4, 20), "a mark already made is kept");
        progress.DoneOn("1.1/4").Should().Be(PairingBuild.OrderDate, "the pairing register's fixing order counts");
        progress.DoneOn("1.1/5").Should().BeNull("no act approves the personalized programmes");
        progress.DoneOn("2.4/1").Should().Be(PairingBuild.OrderDate);
        progress.DoneOn("3.1/1").Should().BeNull("a report is not a local act");
        progress.DoneOn("4.1/1").Should().BeNull();

        register.Repeal(earlier.Id, D(2026, 3, 31));
        register.ApplyTo(schedule, RoadmapProgress.Empty).DoneOn("1.1/2").Should().BeNull("an act that lost force before the window does not serve it");
    }

    [Fact]
    public void ApplyTo_NextYearsSchedule_IsNotServedByThisYearsFixingOrderOrProgrammes()
    {
        var roadmap = RoadmapTableImporter.Import(SeedRoadmap.Text.Replace("2022", "2026", StringComparison.Ordinal)).Roadmap;
        var scheduler = new RoadmapScheduler(RussianProductionCalendar.Default);
        var register = LocalActRegister.Open(Org);
        register.Register(new LocalActDraft(LocalActKind.PersonalizedPrograms, "47-од", D(2026, 9, 4), "Об утверждении программ", null, "дело 3")).IsAccepted.Should().BeTrue();
        var pairing = PairingBuild.Register();
        PairingBuild.Running(pairing, "T01", "S01");

        var thisYear = register.ApplyTo(scheduler.Schedule(roadmap, 2026), RoadmapProgress.Empty, pairing.Orders);
        var next = register.ApplyTo(scheduler.Schedule(roadmap, 2027), RoadmapProgress.Empty, pairing.Orders);

        (thisYear.DoneOn("2.4/1"), thisYear.DoneOn("2.4/2")).Should().Be(((LocalDate?)PairingBuild.OrderDate, (LocalDate?)D(2026, 9, 4)));
        next.DoneOn("2.4/1").Should().BeNull("the order of August 2026 fixed that year's pairs");
        next.DoneOn("2.4/2").Should().BeNull("the programmes approved in 2026 are that year's");
    }

    [Fact]
    public void Snapshot_JsonRoundTrip_KeepsActsAndIds_AndTheNextIdFollowsTheLargest()
    {
        var register = LocalActRegister.Open(Org);
        register.Register(SystemOrder());
        var second = register.Register(Regulation()).Value;
        register.Repeal(second.Id, D(2027, 8, 31));

        var json = Json.RoundTrip(register.ToSnapshot());
        var restored = LocalActRegister.FromSnapshot(json);

        restored.ToSnapshot().Should().BeEquivalentTo(register.ToSnapshot());
        restored.PendingEvents.Should().BeEmpty();
        restored.Register(Roadmap()).Value.Id.Should().Be(3);
        var reordered = new LocalActRegisterSnapshot(Org.Value, [json.Acts[1], json.Acts[0]]);
        var r2 = LocalActRegister.FromSnapshot(reordered);
        r2.Acts.Select(a => a.Id).Should().Equal(2, 1);
        r2.Register(Roadmap()).Value.Id.Should().Be(3);
    }

    [Fact]
    public void FromSnapshot_NewerSchemaDefaultDateRepeatedIdOrBrokenRule_IsRefused()
    {
        var register = LocalActRegister.Open(Org);
        register.Register(SystemOrder());
        var snapshot = register.ToSnapshot();
        var act = snapshot.Acts[0];

        FluentActions.Invoking(() => LocalActRegister.FromSnapshot(snapshot with { SchemaVersion = 2 }))
            .Should().Throw<ArgumentException>().WithMessage("*SchemaVersion*");
        FluentActions.Invoking(() => LocalActRegister.FromSnapshot(snapshot with { Acts = [act with { Date = default }] }))
            .Should().Throw<ArgumentException>().WithMessage("*LocalAct.Date*");
        FluentActions.Invoking(() => LocalActRegister.FromSnapshot(snapshot with { Acts = [act, act with { Id = 1, Number = "99" }] }))
            .Should().Throw<ArgumentException>().WithMessage("*repeats*");
        FluentActions.Invoking(() => LocalActRegister.FromSnapshot(snapshot with { Acts = [act with { Number = null }] }))
            .Should().Throw<ArgumentException>().WithMessage("*local-act.number-required*");
    }

    private static WorkItem Item(RoadmapSchedule schedule, string id) => schedule.Find(id) ?? throw new InvalidOperationException(id);
}
