using System.Globalization;
using Mentorship.Domain.Banks;
using Mentorship.Domain.Common;
using Mentorship.Domain.Common.Violations;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Violations;

public class ViolationFormatterTests
{
    private static readonly LocalDate October12 = new(2026, 10, 12);

    private static RuleViolation Overload(int load) =>
        MentorLoadRule.Check(EducatorId.From("T01"), 3, load, October12)!;

    [Theory]
    [InlineData(4, "12.10.2026 наставник T01 занимал бы 4 места, а его число мест — 3.")]
    [InlineData(5, "12.10.2026 наставник T01 занимал бы 5 мест, а его число мест — 3.")]
    [InlineData(21, "12.10.2026 наставник T01 занимал бы 21 место, а его число мест — 3.")]
    public void Message_IsRussian_WithRussianDateAndAgreement(int load, string expected) =>
        Overload(load).Message.Should().Be(expected);

    [Fact]
    public void English_IsAvailable() =>
        ViolationFormatter.English.Format(Overload(4)).Should().Be("T01 would lead 4 places on 2026-10-12; the capacity is 3.");

    [Fact]
    public void Arguments_AreData()
    {
        var violation = Overload(4);

        violation.Arguments.Select(a => (a.Name, a.Kind, a.Value)).Should().Equal(
            ("mentor", ViolationArgumentKind.Identifier, "T01"),
            ("load", ViolationArgumentKind.Number, "4"),
            ("day", ViolationArgumentKind.Date, "2026-10-12"),
            ("capacity", ViolationArgumentKind.Number, "3"));
        violation.Argument("day")!.AsDate().Should().Be(October12);
        violation.Argument("load")!.AsNumber().Should().Be(4);
    }

    [Fact]
    public void Period_IsWrittenFromTo()
    {
        var window = new IntakeWindow(new AnnualDate(5, 1), new AnnualDate(9, 30));
        var violation = IntakeWindowRule.Check(window, 2026, October12, null, "S07")!;

        violation.Message.Should().Be("Дата 12.10.2026 вне окна приёма (с 01.05.2026 по 30.09.2026); координатор может разрешить запись вне окна.");
        ViolationFormatter.English.Format(violation).Should().Be(
            "2026-10-12 is outside the intake window (from 2026-05-01 to 2026-09-30); the coordinator may override it.");
        var window2 = violation.Argument("window")!.AsPeriod();
        (window2.Start, window2.End).Should().Be((new LocalDate(2026, 5, 1), new LocalDate(2026, 9, 30)));
    }

    [Theory]
    [InlineData(1, "(1 рабочий день)")]
    [InlineData(2, "(2 рабочих дня)")]
    [InlineData(5, "(5 рабочих дней)")]
    [InlineData(11, "(11 рабочих дней)")]
    [InlineData(21, "(21 рабочий день)")]
    [InlineData(22, "(22 рабочих дня)")]
    [InlineData(25, "(25 рабочих дней)")]
    public void WorkingDays_AgreeInTheNoticeText(int days, string expected)
    {
        var violation = RuleViolation.Create(
            nameof(NoticePeriodRule),
            NoticePeriodRule.TooShort,
            "2026-009",
            ViolationArgument.Date("given", October12),
            ViolationArgument.Date("earliest", October12.PlusDays(days)),
            ViolationArgument.Number("days", days),
            ViolationArgument.Date("last", October12.PlusDays(1)));

        violation.Message.Should().Contain(expected).And.StartWith("Уведомление от 12.10.2026");
        ViolationFormatter.English.Format(violation).Should().Contain(days == 1 ? "(1 working day)" : $"({days} working days)");
    }

    [Fact]
    public void Topics_AreShownByTheirCatalogueTitles()
    {
        var violations = RequestListRule.Check(
            [TopicCode.From("adaptation"), TopicCode.From("adaptation"), TopicCode.From("astronomy")], RequestTopicCatalog.Standard);

        violations.Select(v => v.Message).Should().Equal(
            "Тема «адаптация в коллективе и организации» повторяется в позиции 2.",
            "Темы «astronomy» в позиции 3 нет в каталоге тем.");
        violations.Select(ViolationFormatter.English.Format).Should().Equal(
            "The topic 'adaptation' is repeated at position 2.",
            "The topic 'astronomy' at position 3 is not in the catalogue.");
    }

    [Fact]
    public void Terms_AreWritten_InTheLanguage()
    {
        var violation = ExternalMentorRule.CheckForm(MentorshipForm.Group, EducatorId.From("X1"))!;

        violation.Message.Should().Be(
            "Наставник X1 из другой организации может вести только виртуальную (дистанционную) форму; указана форма «групповая».");
        ViolationFormatter.English.Format(violation).Should().Be("X1 is from another organisation and may lead only the virtual form, not group.");
    }

    [Theory]
    [InlineData("en-US", ViolationLanguage.English)]
    [InlineData("en-GB", ViolationLanguage.English)]
    [InlineData("ru-RU", ViolationLanguage.Russian)]
    [InlineData("de-DE", ViolationLanguage.Russian)]
    [InlineData("", ViolationLanguage.Russian)]
    public void For_ChoosesByCulture(string culture, ViolationLanguage expected) =>
        ViolationFormatter.For(CultureInfo.GetCultureInfo(culture)).Language.Should().Be(expected);

    [Fact]
    public void AHost_OverridesTheTextOfOneCode()
    {
        var formatter = ViolationFormatter.Russian.WithText(MentorLoadRule.OverCapacity, "Перегрузка {mentor}: {load|место|места|мест} при {capacity} ({day}).");

        formatter.Format(Overload(22)).Should().Be("Перегрузка T01: 22 места при 3 (12.10.2026).");
        ViolationFormatter.Russian.Format(Overload(22)).Should().StartWith("12.10.2026 наставник T01", "the default formatter is unchanged");
        formatter.Format(IntakeWindowRule.Check(new IntakeWindow(new AnnualDate(5, 1), new AnnualDate(9, 30)), 2026, October12, null)!)
            .Should().StartWith("Дата 12.10.2026", "other codes keep the catalogue's text");
    }

    [Fact]
    public void AHostText_WithAnUnknownArgument_IsRefused()
    {
        var act = () => ViolationFormatter.Russian.WithText(MentorLoadRule.OverCapacity, "{teacher} перегружен");

        act.Should().Throw<ArgumentException>().WithMessage("*teacher*");
    }

    [Fact]
    public void Create_RefusesArgumentsTheCatalogueDoesNotDeclare()
    {
        var missing = () => RuleViolation.Create(nameof(MentorLoadRule), MentorLoadRule.OverCapacity, "T01", ViolationArgument.Number("load", 4));
        var unknownCode = () => RuleViolation.Create("SomeRule", "some.code", null);
        var wrongRule = () => RuleViolation.Create("OtherRule", MentorLoadRule.OverCapacity, null);

        missing.Should().Throw<InvalidOperationException>().WithMessage("*mentor*");
        unknownCode.Should().Throw<InvalidOperationException>().WithMessage("*some.code*");
        wrongRule.Should().Throw<InvalidOperationException>().WithMessage("*MentorLoadRule*");
    }

    [Fact]
    public void AViolationMadeWithAReadyMessage_KeepsIt_UnlessTheCatalogueHasARussianTextWithoutArguments()
    {
        var old = new RuleViolation("SomeRule", "some.code", "Something is wrong.", "S1");
        var oldCatalogued = new RuleViolation(nameof(BankMembershipRule), BankMembershipRule.AlreadyEntered, "The person is already in this bank.");

        old.Message.Should().Be("Something is wrong.");
        old.Arguments.Should().BeEmpty();
        oldCatalogued.Message.Should().Be("Этот человек уже есть в банке.");
        ViolationFormatter.English.Format(oldCatalogued).Should().Be("The person is already in this bank.");
    }

    [Fact]
    public void Snapshot_RoundTripsThroughJson_WithItsArguments()
    {
        var violations = new[]
        {
            Overload(4),
            IntakeWindowRule.Check(new IntakeWindow(new AnnualDate(5, 1), new AnnualDate(9, 30)), 2026, October12, null, "S07")!,
            RequestListRule.Check([TopicCode.From("adaptation"), TopicCode.From("adaptation")], RequestTopicCatalog.Standard)[0],
            ExternalMentorRule.CheckForm(MentorshipForm.Group, EducatorId.From("X1"))!,
            new RuleViolation("SomeRule", "some.code", "Something is wrong.", "S1"),
        };

        foreach (var violation in violations)
        {
            var back = RuleViolation.FromSnapshot(Json.RoundTrip(violation.ToSnapshot()));

            back.Should().Be(violation);
            back.Message.Should().Be(violation.Message);
            ViolationFormatter.English.Format(back).Should().Be(ViolationFormatter.English.Format(violation));
        }
    }

    [Fact]
    public void ASnapshotWithoutTheDeclaredArguments_IsRefused()
    {
        var snapshot = new RuleViolationSnapshot(nameof(MentorLoadRule), MentorLoadRule.OverCapacity, "T01", []);

        var act = () => RuleViolation.FromSnapshot(snapshot);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ARejection_IsFormattedLineByLine()
    {
        var rejection = new Rejection([Overload(4), Overload(5)]);

        ViolationFormatter.Russian.Format(rejection).Split('\n').Should().HaveCount(2).And.AllSatisfy(l => l.Should().StartWith("12.10.2026"));
    }
}
