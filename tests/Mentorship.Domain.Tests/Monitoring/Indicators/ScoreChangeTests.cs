using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K7, change between entry and final questionnaires per role (<c>ScoreChange</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class ScoreChangeTests
{
    [Fact]
    public void K7_FinalAgainstTheLatestEntryOfTheSamePersonAndItems_MeanChangePerRole()
    {
        var p1 = Pair("P1", "T1", "M1", D(2025, 9, 1));
        var p2 = Pair("P2", "T2", "M2", D(2025, 9, 1));
        var b = Builder().Add(p1).Add(p2)
            .Add(Response("E1", p1, "M1", RespondentRole.Mentee, SurveyWave.Entry, D(2025, 9, 10), ("x", 5), ("y", 4), ("z", 7)))
            .Add(Response("F1", p1, "M1", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 25), ("x", 8), ("y", 6)))  // x +3, y +2; z unanswered
            .Add(Response("F2", p2, "M2", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 25), ("x", 9)))            // no entry: not matched
            .Add(Response("E3", p1, "T1", RespondentRole.Mentor, SurveyWave.Entry, D(2025, 9, 10), ("x", 6)))
            .Add(Response("E4", p1, "T1", RespondentRole.Mentor, SurveyWave.Entry, D(2025, 10, 1), ("x", 7)))            // the latest entry wins
            .Add(Response("F3", p1, "T1", RespondentRole.Mentor, SurveyWave.Final, D(2026, 5, 25), ("x", 9), ("y", 9))); // x +2; y has no entry

        var set = Compute(b);

        var mentee = set.Get(IndicatorCode.K7, RespondentRole.Mentee);
        (mentee.Numerator, mentee.Denominator).Should().Be((5L, 2L));
        mentee.Value.Number.Should().Be(2.5m);
        mentee.Counted.Should().Equal("F1");
        var mentor = set.Get(IndicatorCode.K7, RespondentRole.Mentor);
        (mentor.Numerator, mentor.Denominator).Should().Be((2L, 1L));
        mentor.Value.Number.Should().Be(2m);
        mentor.Counted.Should().Equal("F3");
        set.Get(IndicatorCode.K7, RespondentRole.Coordinator).Value.HasData.Should().BeFalse();
    }
}
