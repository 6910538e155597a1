using Mentorship.Domain.Calendar;
using NodaTime;

namespace Mentorship.Domain.Tests.Calendar;

/// <summary>
/// Facts checked against the published production calendars for a five-day week (40 h):
/// 2024 — постановление Правительства РФ от 10.08.2023 № 1314;
/// 2025 — от 04.10.2024 № 1335; 2026 — от 24.09.2025 № 1466; 2027 — от 17.09.2026 № 1187.
/// </summary>
public class RussianProductionCalendarTests
{
    private static readonly RussianProductionCalendar Calendar = RussianProductionCalendar.Default;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static DateInterval WholeYear(int year) => new(D(year, 1, 1), D(year, 12, 31));

    [Theory]
    [InlineData(2024, 248, 1979)] // decree of 10.08.2023 № 1314
    [InlineData(2025, 247, 1972)] // decree of 04.10.2024 № 1335
    [InlineData(2026, 247, 1972)] // decree of 24.09.2025 № 1466
    [InlineData(2027, 247, 1972)] // decree of 17.09.2026 № 1187
    public void CountWorkingDaysAndHours_WholeYear_MatchPublishedTotals(int year, int days, int hours)
    {
        Calendar.CountWorkingDays(WholeYear(year)).Should().Be(days);
        Calendar.CountWorkingHours(WholeYear(year)).Should().Be(hours);
        Calendar.GetYear(year).WorkingDays.Should().Be(days);
        Calendar.GetYear(year).WorkingHours.Should().Be(hours);
    }

    [Theory]
    [InlineData(2024, "от 10.08.2023 № 1314")]
    [InlineData(2025, "от 04.10.2024 № 1335")]
    [InlineData(2026, "от 24.09.2025 № 1466")]
    [InlineData(2027, "от 17.09.2026 № 1187")]
    public void GetYear_BuiltIn_CitesItsDecree(int year, string reference)
    {
        Calendar.GetYear(year).Decree.Should().Contain(reference);
    }

    [Fact]
    public void GetDayKind_2024Decree1314_TransfersAndWorkingSaturdays()
    {
        // постановление № 1314 от 10.08.2023: 27.04 → 29.04, 02.11 → 30.12, 28.12 is worked; 6–7.01 → 10.05, 31.12.
        Calendar.GetDayKind(D(2024, 4, 27)).Should().Be(DayKind.Working, "27.04.2024 is a full working Saturday (a dataset wrongly shortens it)");
        Calendar.GetDayKind(D(2024, 11, 2)).Should().Be(DayKind.ShortenedWorking, "02.11.2024 is the shortened working Saturday");
        Calendar.GetDayKind(D(2024, 12, 28)).Should().Be(DayKind.Working, "28.12.2024 is a full working Saturday");
        Calendar.GetDayKind(D(2024, 4, 29)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2024, 4, 30)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2024, 5, 10)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2024, 12, 30)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2024, 12, 31)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2024, 11, 4)).Should().Be(DayKind.Holiday);
    }

    [Fact]
    public void GetDayKind_2024Decree1314_ShortenedDays()
    {
        var shortened = WholeYear(2024).Where(d => Calendar.GetDayKind(d) == DayKind.ShortenedWorking);
        shortened.Should().Equal(D(2024, 2, 22), D(2024, 3, 7), D(2024, 5, 8), D(2024, 6, 11), D(2024, 11, 2));
    }

    [Fact]
    public void GetDayKind_2025Decree1335_DecreeOverridesAutomaticMoves()
    {
        // № 1335 от 04.10.2024: 23.02 (Sunday) → 08.05 and 08.03 (Saturday) → 13.06 instead of the next Monday;
        // 04.01 → 02.05, 05.01 → 31.12; Saturday 01.11 ↔ Monday 03.11.
        Calendar.GetDayKind(D(2025, 2, 24)).Should().Be(DayKind.Working);
        Calendar.GetDayKind(D(2025, 3, 10)).Should().Be(DayKind.Working);
        Calendar.GetDayKind(D(2025, 5, 8)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2025, 6, 13)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2025, 5, 2)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2025, 11, 3)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2025, 12, 31)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2025, 11, 1)).Should().Be(DayKind.ShortenedWorking);
        Calendar.GetDayKind(D(2025, 3, 8)).Should().Be(DayKind.Holiday);
        Calendar.GetDayKind(D(2025, 2, 23)).Should().Be(DayKind.Holiday);
    }

    [Fact]
    public void GetDayKind_2025Decree1335_ShortenedDays()
    {
        var shortened = WholeYear(2025).Where(d => Calendar.GetDayKind(d) == DayKind.ShortenedWorking);
        shortened.Should().Equal(D(2025, 3, 7), D(2025, 4, 30), D(2025, 6, 11), D(2025, 11, 1));
    }

    [Fact]
    public void GetDayKind_2026Decree1466_MovesThatSomeDatasetsLack()
    {
        // № 1466 от 24.09.2025: 03.01 → 09.01, 04.01 → 31.12; automatic art. 112 moves 08.03 → 09.03, 09.05 → 11.05.
        Calendar.GetDayKind(D(2026, 1, 9)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2026, 3, 9)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2026, 5, 11)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2026, 12, 31)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2026, 5, 8)).Should().Be(DayKind.ShortenedWorking, "09.05.2026 is a Saturday holiday");
        Calendar.GetYear(2026).WorkingWeekendDays.Should().BeEmpty();
        WholeYear(2026).Where(d => Calendar.GetDayKind(d) == DayKind.ShortenedWorking)
            .Should().Equal(D(2026, 4, 30), D(2026, 5, 8), D(2026, 6, 11), D(2026, 11, 3));
    }

    [Fact]
    public void GetDayKind_2027Decree1187_SaturdaySwapAndMoves()
    {
        // № 1187 от 17.09.2026: Saturday 20.02 ↔ Monday 22.02 (the Saturday is shortened);
        // 01.05 → 03.05, 09.05 → 10.05, 12.06 → 14.06; January weekend days → 05.11 and 31.12.
        Calendar.GetDayKind(D(2027, 2, 20)).Should().Be(DayKind.ShortenedWorking);
        Calendar.GetDayKind(D(2027, 2, 22)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2027, 5, 3)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2027, 5, 10)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2027, 6, 14)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2027, 11, 5)).Should().Be(DayKind.ExtraDayOff);
        Calendar.GetDayKind(D(2027, 12, 31)).Should().Be(DayKind.ExtraDayOff);
        WholeYear(2027).Where(d => Calendar.GetDayKind(d) == DayKind.ShortenedWorking)
            .Should().Equal(D(2027, 2, 20), D(2027, 4, 30), D(2027, 6, 11), D(2027, 11, 3));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void GetDayKind_EveryArticle112Holiday_IsHoliday(int year)
    {
        LabourCodeHolidays.InYear(year).Should().HaveCount(14)
            .And.OnlyContain(d => Calendar.GetDayKind(d) == DayKind.Holiday && !Calendar.IsWorkingDay(d));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void GetDayKind_31December_IsADayOffButNotAHoliday(int year)
    {
        LabourCodeHolidays.IsHoliday(D(year, 12, 31)).Should().BeFalse();
        Calendar.GetDayKind(D(year, 12, 31)).Should().Be(DayKind.ExtraDayOff);
    }

    [Theory]
    [InlineData(2024, "2024-11-02")]
    [InlineData(2025, "2025-11-01")]
    [InlineData(2026, null)]
    [InlineData(2027, "2027-02-20")]
    public void ShortenedDays_Article95StrictRule_DiffersOnlyByTheSwappedSaturday(int year, string? swappedSaturday)
    {
        // Art. 95: a working day immediately before a holiday is shortened; where the decree swapped a
        // working Saturday with that weekday, the Saturday is shortened instead.
        var strict = WholeYear(year)
            .Where(d => Calendar.IsWorkingDay(d) && LabourCodeHolidays.IsHoliday(d.PlusDays(1)))
            .ToList();
        var published = Calendar.GetYear(year).ShortenedDays;
        published.Except(strict).Select(d => d.ToString("yyyy-MM-dd", null))
            .Should().Equal(swappedSaturday is null ? [] : [swappedSaturday]);
        strict.Should().BeSubsetOf(published);
    }

    [Fact]
    public void GetDayKind_UnknownYear_ThrowsNamingTheYear()
    {
        var act = () => Calendar.GetDayKind(D(2031, 3, 3));
        act.Should().Throw<UnknownProductionYearException>().Which.Year.Should().Be(2031);
    }

    [Fact]
    public void AddWorkingDays_RunningIntoUnknownYear_Throws()
    {
        var act = () => Calendar.AddWorkingDays(D(2027, 12, 29), 5);
        act.Should().Throw<UnknownProductionYearException>().Which.Year.Should().Be(2028);
    }

    [Fact]
    public void WithUnknownYearPolicy_LabourCodeOnly_AnswersFromArticle112()
    {
        var calendar = Calendar.WithUnknownYearPolicy(UnknownYearPolicy.LabourCodeOnly);
        calendar.Knows(2031).Should().BeFalse();
        calendar.GetYear(2031).Decree.Should().BeNull();
        calendar.GetDayKind(D(2031, 1, 1)).Should().Be(DayKind.Holiday);
        Calendar.Policy.Should().Be(UnknownYearPolicy.Refuse, "the original calendar is unchanged");
    }

    [Fact]
    public void FromLabourCode_2026_DiffersFromDecree1466OnlyByTheJanuaryMoves()
    {
        var computed = ProductionYear.FromLabourCode(2026);
        var decreed = Calendar.GetYear(2026);
        decreed.ExtraDaysOff.Except(computed.ExtraDaysOff).Should().Equal(D(2026, 1, 9), D(2026, 12, 31));
        computed.ExtraDaysOff.Except(decreed.ExtraDaysOff).Should().BeEmpty();
        // Without the decree 31.12 is worked, and art. 95 shortens it as the eve of 1 January.
        computed.ShortenedDays.Should().Equal([.. decreed.ShortenedDays, D(2026, 12, 31)]);
        computed.WorkingDays.Should().Be(249);
    }

    [Fact]
    public void WithYear_Host2023FromDecree1505_MatchesPublished247Days1973Hours()
    {
        // постановление Правительства РФ от 29.08.2022 № 1505: 01.01 → 24.02, 08.01 → 08.05; 04.11 (Saturday) → 06.11.
        var year2023 = ProductionYear.Create(
            2023,
            "постановление Правительства РФ от 29.08.2022 № 1505",
            [D(2023, 2, 24), D(2023, 5, 8), D(2023, 11, 6)],
            [],
            [D(2023, 2, 22), D(2023, 3, 7), D(2023, 11, 3)]);
        var calendar = Calendar.WithYear(year2023);

        calendar.KnownYears.Should().Equal(2023, 2024, 2025, 2026, 2027);
        calendar.CountWorkingDays(WholeYear(2023)).Should().Be(247);
        calendar.CountWorkingHours(WholeYear(2023)).Should().Be(1973);
        Calendar.Knows(2023).Should().BeFalse("the default calendar is unchanged");
    }

    [Fact]
    public void EarliestEndOfNotice_ThreeWorkingDaysOverMayHolidays2025_SkipsTheDaysOff()
    {
        // № 1335: 01–04.05 and 08–11.05.2025 are off. Notice given on Wednesday 30.04: 05.05, 06.05, 07.05.
        Calendar.EarliestEndOfNotice(D(2025, 4, 30), 3).Should().Be(D(2025, 5, 7));
        // Given on Wednesday 07.05: 12.05, 13.05, 14.05.
        Calendar.EarliestEndOfNotice(D(2025, 5, 7), 3).Should().Be(D(2025, 5, 14));
    }

    [Fact]
    public void EarliestEndOfNotice_OrdinaryWeek_IsTheThirdWorkingDayAfter()
    {
        Calendar.EarliestEndOfNotice(D(2025, 6, 2), 3).Should().Be(D(2025, 6, 5));
    }

    [Fact]
    public void AddWorkingDays_AcrossNewYear2025To2026_SkipsTheNewYearHolidays()
    {
        // 31.12.2025 (№ 1335) and 01–11.01.2026 (art. 112 and № 1466: 09.01) are off: next is Monday 12.01.2026.
        Calendar.AddWorkingDays(D(2025, 12, 30), 1).Should().Be(D(2026, 1, 12));
        Calendar.NextWorkingDayOnOrAfter(D(2025, 12, 31)).Should().Be(D(2026, 1, 12));
        Calendar.PreviousWorkingDayOnOrBefore(D(2026, 1, 11)).Should().Be(D(2025, 12, 30));
    }

    [Fact]
    public void AddWorkingDays_Zero_ReturnsTheSameDateEvenOnADayOff()
    {
        Calendar.AddWorkingDays(D(2025, 1, 1), 0).Should().Be(D(2025, 1, 1));
    }

    [Fact]
    public void AddWorkingDays_NegativeCount_Throws()
    {
        var act = () => Calendar.AddWorkingDays(D(2025, 1, 1), -1);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void EarliestEndOfNotice_ZeroDays_Throws()
    {
        var act = () => Calendar.EarliestEndOfNotice(D(2025, 1, 1), 0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void GetWorkingHours_ByKind_Are8And7And0()
    {
        Calendar.GetWorkingHours(D(2025, 3, 6)).Should().Be(8);
        Calendar.GetWorkingHours(D(2025, 3, 7)).Should().Be(7);
        Calendar.GetWorkingHours(D(2025, 3, 8)).Should().Be(0);
    }

    [Fact]
    public void UnknownYear_MessageNamesTheYearAndTheWayOut()
    {
        var act = () => Calendar.GetDayKind(D(2031, 3, 3));
        act.Should().Throw<UnknownProductionYearException>()
            .WithMessage("The production calendar has no data for 2031: supply the year's decree data (ProductionYear) or choose an UnknownYearPolicy.*")
            .WithParameterName("date");
    }

    [Fact]
    public void WithUnknownYearPolicy_UndefinedValue_Throws()
    {
        var act = () => Calendar.WithUnknownYearPolicy((UnknownYearPolicy)42);
        act.Should().Throw<ArgumentException>().WithParameterName("policy");
    }

    [Fact]
    public void ToString_ListsTheKnownYearsAndThePolicy() =>
        Calendar.ToString().Should().Be($"Russian production calendar ({string.Join(", ", Calendar.KnownYears)}; unknown years: Refuse)");

    [Fact]
    public void CountWorkingDaysAndHours_NullInterval_Throws()
    {
        var days = () => Calendar.CountWorkingDays(null!);
        days.Should().Throw<ArgumentNullException>().WithParameterName("interval");
        var hours = () => Calendar.CountWorkingHours(null!);
        hours.Should().Throw<ArgumentNullException>().WithParameterName("interval");
    }
}
