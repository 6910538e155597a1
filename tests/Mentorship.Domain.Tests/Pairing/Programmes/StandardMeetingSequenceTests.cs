using CsCheck;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing.Programmes;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing.Programmes;

public class StandardMeetingSequenceTests
{
    private static readonly IWorkingDayCalendar Calendar = RussianProductionCalendar.Default;

    [Fact]
    public void Generate_SchoolYear_FollowsTheStandardSequenceOnWorkingDays()
    {
        var items = StandardMeetingSequence.Generate(SchoolYear, Calendar).Value;

        items[0].Stage.Should().Be(MeetingStage.Introduction);
        items[0].Date.Should().Be(new LocalDate(2026, 9, 1));
        items[1].Stage.Should().Be(MeetingStage.TrialMeeting);
        items[1].Date.Should().Be(new LocalDate(2026, 9, 8));
        items[2].Stage.Should().Be(MeetingStage.Planning);
        items[2].Date.Should().Be(new LocalDate(2026, 9, 15));
        items[^1].Stage.Should().Be(MeetingStage.Final);
        items[^1].Date.Should().Be(new LocalDate(2027, 5, 31));
        items.Skip(3).SkipLast(1).Should().OnlyContain(i => i.Stage == MeetingStage.Series).And.HaveCount(17);

        // From planning to the final meeting, a meeting every two weeks or so: 8 to 10 working days apart.
        var gaps = items.Skip(2).Zip(items.Skip(3), (a, b) => Calendar.CountWorkingDays(new DateInterval(a.Date.PlusDays(1), b.Date)));
        gaps.Should().OnlyContain(g => g >= 8 && g <= 10);
    }

    [Fact]
    public void Generate_PeriodEndingOnAHoliday_EndsOnTheLastWorkingDayBefore()
    {
        // 31 December 2026 is a day off by the 2026 decree; 30 December is the last working day of the period.
        var period = new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31));

        StandardMeetingSequence.Generate(period, Calendar).Value[^1].Date.Should().Be(new LocalDate(2026, 12, 30));
    }

    [Fact]
    public void Generate_FewerThanFourWorkingDays_IsRefused()
    {
        // 1–8 January 2027 are the New Year holidays and Christmas (art. 112), 9–10 a weekend: only 11 and 12 January are worked.
        var period = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 12));

        StandardMeetingSequence.Generate(period, Calendar).Rejection.Has(MeetingSequenceRule.TooFewWorkingDays).Should().BeTrue();
    }

    [Fact]
    public void Generate_SeriesThatDoesNotFit_IsRefused()
    {
        var period = new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2026, 9, 30));

        StandardMeetingSequence.Generate(period, Calendar, new MeetingSequenceOptions(seriesCount: 30)).Rejection.Has(MeetingSequenceRule.SeriesDoesNotFit).Should().BeTrue();
        StandardMeetingSequence.Generate(period, Calendar, new MeetingSequenceOptions(seriesCount: 3)).Value.Should().HaveCount(7);
    }

    [Fact]
    public void Generate_AnyPeriodAndSpacing_GivesOrderedStagesOnDistinctWorkingDaysInside()
    {
        var gen = Gen.Select(Gen.Int[0, 700], Gen.Int[0, 400], Gen.Int[1, 15], Gen.Int[1, 30], Gen.Int[-1, 40]);
        gen.Sample((offset, length, gap, interval, count) =>
        {
            var start = new LocalDate(2024, 1, 1).PlusDays(offset);
            var period = new DateInterval(start, start.PlusDays(length));
            var options = new MeetingSequenceOptions(gap, interval, count < 0 ? null : count);
            var workingDays = period.Count(Calendar.IsWorkingDay);

            var outcome = StandardMeetingSequence.Generate(period, Calendar, options);

            if (workingDays < 4)
            {
                outcome.Rejection.Has(MeetingSequenceRule.TooFewWorkingDays).Should().BeTrue();
                return;
            }

            if (!outcome.IsAccepted)
            {
                outcome.Rejection.Has(MeetingSequenceRule.SeriesDoesNotFit).Should().BeTrue();
                count.Should().BeGreaterThan(0);
                return;
            }

            var items = outcome.Value;
            items.Should().OnlyContain(i => period.Contains(i.Date) && Calendar.IsWorkingDay(i.Date));
            items.Select(i => i.Date).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            items.Select(i => i.Stage!.Value).Should().BeInAscendingOrder();
            items[0].Stage.Should().Be(MeetingStage.Introduction);
            items[0].Date.Should().Be(Calendar.NextWorkingDayOnOrAfter(period.Start));
            items[^1].Stage.Should().Be(MeetingStage.Final);
            items[^1].Date.Should().Be(Calendar.PreviousWorkingDayOnOrBefore(period.End));
            items.Count(i => i.Stage == MeetingStage.TrialMeeting).Should().Be(1);
            items.Count(i => i.Stage == MeetingStage.Planning).Should().Be(1);
            if (count >= 0)
            {
                items.Count(i => i.Stage == MeetingStage.Series).Should().Be(count);
            }
        });
    }
}
