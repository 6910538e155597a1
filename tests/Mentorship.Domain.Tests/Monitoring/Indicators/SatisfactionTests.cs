using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K6, satisfaction per role (<c>Satisfaction</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class SatisfactionTests
{
    [Fact]
    public void K6_FinalWaveScoresOfThePeriod_AveragedPerRole()
    {
        var p1 = Pair("P1", "T1", "M1", D(2025, 9, 1));
        var p2 = Pair("P2", "T2", "M2", D(2025, 9, 1));
        var b = Builder().Add(p1).Add(p2)
            .Add(Response("R1", p1, "M1", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 25), ("x", 8), ("y", 6)))
            .Add(Response("R2", p2, "M2", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 26), ("x", 10)))
            .Add(Response("R3", p1, "T1", RespondentRole.Mentor, SurveyWave.Final, D(2026, 5, 25), ("x", 7), ("y", 9), ("z", 9)))
            .Add(Response("R4", p1, "M1", RespondentRole.Mentee, SurveyWave.Entry, D(2025, 9, 10), ("x", 1)))   // entry: ignored
            .Add(Response("R5", p2, "M2", RespondentRole.Mentee, SurveyWave.Final, D(2025, 12, 20), ("x", 1))); // before the period

        var set = Compute(b);

        // Mentees: (8 + 6 + 10) / 3 = 8; mentors: (7 + 9 + 9) / 3 = 8.33; no coordinator answered.
        var mentee = set.Get(IndicatorCode.K6, RespondentRole.Mentee);
        mentee.Numerator.Should().Be(24);
        mentee.Denominator.Should().Be(3);
        mentee.Value.Number.Should().Be(8m);
        mentee.Counted.Should().Equal("R1", "R2");
        mentee.Id.Should().Be("K6.mentee");
        var mentor = set.Get(IndicatorCode.K6, RespondentRole.Mentor);
        (mentor.Numerator, mentor.Denominator).Should().Be((25L, 3L));
        decimal.Round(mentor.Value.Number, 2).Should().Be(8.33m);
        set.Get(IndicatorCode.K6, RespondentRole.Coordinator).Value.HasData.Should().BeFalse();
    }
}
