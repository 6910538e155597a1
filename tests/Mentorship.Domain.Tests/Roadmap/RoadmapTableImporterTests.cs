using CsCheck;
using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

public class RoadmapTableImporterTests
{
    private const string Header = "№п/п\tНаименование мероприятия\tСрок реализации\tОтветственный исполнитель\tРезультат, вид документа";

    private static string Windows(Timing timing, int year) =>
        string.Join(" ", timing.WindowsFor(year).Select(w => $"{w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd}"));

    [Fact]
    public void Import_Seed_GivesFourSectionsAndEightActivities()
    {
        var result = RoadmapTableImporter.Import(SeedRoadmap.Text);

        result.IsSuccess.Should().BeTrue(result.IsSuccess ? string.Empty : result.Failure.ToString());
        var roadmap = result.Roadmap;
        roadmap.Sections.Select(s => s.Number).Should().Equal("I", "II", "III", "IV");
        roadmap.Sections.Select(s => s.Activities.Count).Should().Equal(1, 4, 2, 1);
        roadmap.Activities.Select(a => a.Number).Should().Equal("1.1", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1");
        roadmap.Sections[3].Title.Should().Be("Информационная поддержка системы наставничества");
    }

    [Theory]
    [InlineData("1.1", "month-range", "2022-04-01..2022-08-31")]
    [InlineData("2.1", "annual-window", "2023-04-01..2023-09-30")]
    [InlineData("2.2", "annual-window", "2023-04-01..2023-09-30")]
    [InlineData("2.3", "separate-plan", "")]
    [InlineData("2.4", "through-year", "2023-01-01..2023-12-31")]
    [InlineData("3.1", "several", "2023-05-01..2023-12-31 2023-04-01..2023-04-30 2023-04-01..2023-04-30")]
    [InlineData("3.2", "month", "2023-09-01..2023-09-30")]
    [InlineData("4.1", "through-year", "2023-01-01..2023-12-31")]
    public void Import_Seed_ReadsEachTimingFor2023(string number, string code, string windows)
    {
        var activity = SeedRoadmap.Roadmap.FindActivity(number)!;
        activity.Timing.Code.Should().Be(code);
        Windows(activity.Timing, 2023).Should().Be(windows);
    }

    [Theory]
    [InlineData("1.1", "директор")]
    [InlineData("2.1", "директор|заместитель директора")]
    [InlineData("2.2", "директор|заместитель директора|методический совет")]
    [InlineData("2.3", "директор|заместитель директора|методический совет")]
    [InlineData("2.4", "директор|заместитель директора|методический совет")]
    [InlineData("3.1", "директор|заместитель директора|методический совет")]
    [InlineData("3.2", "директор|заместитель директора")]
    [InlineData("4.1", "директор|заместитель директора")]
    public void Import_Seed_ReadsResponsibleParties(string number, string parties)
    {
        SeedRoadmap.Roadmap.FindActivity(number)!.Responsible.Select(p => p.Name).Should().Equal(parties.Split('|'));
    }

    [Fact]
    public void Import_Seed_Activity11HasFiveDeliverablesWithBracketedMonths()
    {
        var activity = SeedRoadmap.Roadmap.FindActivity("1.1")!;
        activity.DeliverablesPreamble.Should().Be("Подготовка и принятие нормативных правовых актов:");
        activity.Deliverables.Select(d => d.TimingText).Should().Equal("апрель", "апрель", "апрель", "август", "август");
        activity.Deliverables[0].Title.Should().StartWith("Приказ «О создании и функционировании системы наставничества");
        activity.Deliverables[3].Title.Should().StartWith("Приказ(ы) о закреплении наставнических пар/групп с письменного согласия");
        activity.Deliverables[4].Title.Should().Be("Подготовка персонализированных программ наставничества – при наличии в организации наставляемых");
        // The bracketed months take the year of the activity's «Апрель-август 2022», whatever year is asked for.
        Windows(activity.TimingOf(activity.Deliverables[0]), 2025).Should().Be("2022-04-01..2022-04-30");
        Windows(activity.TimingOf(activity.Deliverables[3]), 2025).Should().Be("2022-08-01..2022-08-31");
    }

    [Fact]
    public void Import_Seed_Activity23JoinsTheCellsBrokenOverLines()
    {
        var activity = SeedRoadmap.Roadmap.FindActivity("2.3")!;
        activity.Title.Should().Be("Обучение наставников");
        activity.Responsible.Select(p => p.Name).Should().Contain("методический совет");
        activity.Deliverables.Should().HaveCount(2);
        activity.Deliverables[0].Title.Should().Be("Анализ банка наставников и выбор подходящих конкретной персонализированных программы наставничества.");
        activity.Deliverables[1].Title.Should().StartWith("Обучение наставников для работы с наставляемыми:")
            .And.EndWith("-организация методических семинаров и др.по запросу наставников.");
    }

    [Fact]
    public void Import_Seed_Activity31GivesOneTimingPerDeliverable()
    {
        var activity = SeedRoadmap.Roadmap.FindActivity("3.1")!;
        activity.Deliverables.Should().HaveCount(3);
        activity.Deliverables.Select(d => Windows(activity.TimingOf(d), 2023))
            .Should().Equal("2023-05-01..2023-12-31", "2023-04-01..2023-04-30", "2023-04-01..2023-04-30");
    }

    [Fact]
    public void Import_Seed_OtherDeliverables()
    {
        var roadmap = SeedRoadmap.Roadmap;
        roadmap.FindActivity("2.1")!.Deliverables.Single().Title.Should().StartWith("База наставляемых с перечнем запросов (сбор информации");
        roadmap.FindActivity("2.2")!.Deliverables.Single().Title.Should().StartWith("База наставников");
        roadmap.FindActivity("2.4")!.Deliverables.Select(d => d.Title).Should().Equal(
            "Приказ о закреплении наставнических пар/групп",
            "Разработка и утверждение персонализированных программ наставничества для каждой пары/группы.",
            "Организация психолого-педагогической поддержки сопровождения наставляемых, не сформировавших пару или группу (по необходимости), продолжение поиска наставника (систематически)");
        roadmap.FindActivity("3.2")!.Deliverables.Single().Title.Should().Be("Аналитическая справка");
        roadmap.FindActivity("4.1")!.Deliverables.Single().Title.Should().StartWith("Освещение мероприятий дорожной карты");
    }

    [Fact]
    public void Import_UnreadableTimingWhenStrict_ReportsTheLineAndImportsNothing()
    {
        var text = SeedRoadmap.Text.Replace("\tсентябрь\t", "\tкогда-нибудь\t");
        var result = RoadmapTableImporter.Import(text, RoadmapImportOptions.Strict);
        result.IsSuccess.Should().BeFalse();
        result.Failure.Errors.Should().ContainSingle();
        result.Failure.Errors[0].LineNumber.Should().Be(52);
        result.Failure.Errors[0].Code.Should().Be(RoadmapImportErrorCode.UnreadableTiming);
    }

    [Fact]
    public void Import_StrayLineAfterHeader_IsAnUnreadableRow()
    {
        var text = string.Join("\n", Header, "I. Раздел\t\t\t\t", "1.1\tМероприятие\tсентябрь\tдиректор\tСправка", "Подпись директора");
        var result = RoadmapTableImporter.Import(text);
        result.Failure.Errors.Single().Should().Be(new RoadmapImportError(4, RoadmapImportErrorCode.UnreadableRow, result.Failure.Errors[0].Message));
    }

    [Fact]
    public void Import_ResponsiblePartyOverTheLimit_IsAnErrorOfItsRowNotAnException()
    {
        var longName = string.Join(" ", Enumerable.Repeat("заместитель", 20));
        var text = string.Join("\n", Header, "I. Раздел\t\t\t\t", "1.1\tМероприятие\tсентябрь\tдиректор\tСправка", $"1.2\tМероприятие\tоктябрь\t{longName}\tСправка");

        var result = RoadmapTableImporter.Import(text);

        result.IsSuccess.Should().BeFalse();
        var error = result.Failure.Errors.Single();
        error.LineNumber.Should().Be(4);
        error.Code.Should().Be(RoadmapImportErrorCode.UnreadableRow);
        error.Message.Should().Contain("длиннее 200 знаков (239)");
    }

    [Fact]
    public void Import_ResponsiblePartyAtTheLimitAfterSpacesCollapse_IsTaken()
    {
        var name = "а" + new string(' ', 50) + new string('б', 198);
        var text = string.Join("\n", Header, "I. Раздел\t\t\t\t", $"1.1\tМероприятие\tсентябрь\t{name}\tСправка");

        RoadmapTableImporter.Import(text).Roadmap.FindActivity("1.1")!.Responsible.Single().Name.Should().HaveLength(200);
    }

    [Fact]
    public void Import_MarkdownRowWithACellMissing_IsAnUnreadableRow()
    {
        var text = string.Join(
            "\n",
            "| № п/п | Наименование мероприятия | Срок реализации | Ответственный исполнитель | Результат, вид документа |",
            "| --- | --- | --- | --- | --- |",
            "| **I. Раздел** |  |  |  |  |",
            "| 1.1 | Мероприятие | сентябрь | директор | Справка |",
            "| 1.2 | Мероприятие | октябрь | директор |");

        var error = RoadmapTableImporter.Import(text).Failure.Errors.Single();

        error.LineNumber.Should().Be(5);
        error.Code.Should().Be(RoadmapImportErrorCode.UnreadableRow);
        error.Message.Should().Contain("4 ячеек, а в заголовке 5");
    }

    [Fact]
    public void Import_NoHeader_Fails()
    {
        RoadmapTableImporter.Import("1.1\tМероприятие\tсентябрь\tдиректор\tСправка").Failure.Errors.Single().Code
            .Should().Be(RoadmapImportErrorCode.HeaderNotFound);
    }

    [Fact]
    public void Import_ActivityBeforeAnySection_Fails()
    {
        var text = string.Join("\n", Header, "1.1\tМероприятие\tсентябрь\tдиректор\tСправка");
        RoadmapTableImporter.Import(text).Failure.Errors.Single().Code.Should().Be(RoadmapImportErrorCode.ActivityOutsideSection);
    }

    [Fact]
    public void Import_DuplicateActivityNumber_Fails()
    {
        var text = string.Join("\n", Header, "I. Раздел\t\t\t\t", "1.1\tА\tсентябрь\tдиректор\tСправка", "1.1.\tБ\tмай\tдиректор\tСправка");
        var error = RoadmapTableImporter.Import(text).Failure.Errors.Single();
        (error.LineNumber, error.Code).Should().Be((4, RoadmapImportErrorCode.DuplicateNumber));
    }

    [Fact]
    public void Import_MissingTiming_Fails()
    {
        var text = string.Join("\n", Header, "I. Раздел\t\t\t\t", "1.1\tА\t\tдиректор\tСправка");
        RoadmapTableImporter.Import(text).Failure.Errors.Single().Code.Should().Be(RoadmapImportErrorCode.MissingCell);
    }

    [Fact]
    public void Import_HeaderOnly_IsAnEmptyTable()
    {
        RoadmapTableImporter.Import(Header).Failure.Errors.Single().Code.Should().Be(RoadmapImportErrorCode.EmptyTable);
    }

    [Fact]
    public void Import_SeveralBadRows_ReportsEveryOneInLineOrder()
    {
        var text = string.Join("\n", Header, "I. Раздел\t\t\t\t", "1.1\tА\tкогда-то\tдиректор\tСправка", "???", "1.2\tБ\tмай\tдиректор\tСправка");
        RoadmapTableImporter.Import(text, RoadmapImportOptions.Strict).Failure.Errors.Select(e => e.LineNumber).Should().Equal(3, 4);
    }

    [Fact]
    public void Import_CrLfLineEnds_ReadsTheSame()
    {
        var result = RoadmapTableImporter.Import(SeedRoadmap.Text.Replace("\n", "\r\n"));
        result.Roadmap.Activities.Should().HaveCount(8);
    }

    [Fact]
    public void Import_ArbitraryLinesAfterTheHeader_NeverThrows()
    {
        var lines = Gen.OneOf(
            Gen.String,
            Gen.OneOfConst("I. Раздел\t\t\t\t", "1.1\tА\tсентябрь\tдиректор\t1.Справка (май) 2.Отчёт", "\t\t\tй совет\tх", "", "| 1.2 | Б | май | | |", "2.\tВ\tежегодно\t\t"));
        lines.Array[0, 8].Sample(rows =>
        {
            var result = RoadmapTableImporter.Import(string.Join("\n", new[] { Header }.Concat(rows)));
            if (!result.IsSuccess)
            {
                result.Failure.Errors.Should().NotBeEmpty();
            }
        });
    }
}
