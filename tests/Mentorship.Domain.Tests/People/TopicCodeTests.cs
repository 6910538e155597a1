using CsCheck;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Tests.People;

public class TopicCodeTests
{
    [Theory]
    [InlineData("digital")]
    [InlineData("subject-methods")]
    [InlineData("  exam-prep ")]
    [InlineData("k12")]
    public void TryParse_WellFormed_ReturnsTrimmedCode(string text)
    {
        TopicCode.TryParse(text, out var code).Should().BeTrue();
        code.Value.Should().Be(text.Trim());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Digital")]
    [InlineData("-digital")]
    [InlineData("digital-")]
    [InlineData("a--b")]
    [InlineData("цифра")]
    [InlineData("a b")]
    [InlineData(null)]
    public void TryParse_Malformed_ReturnsFalse(string? text)
    {
        TopicCode.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void From_TooLong_Throws()
    {
        var act = () => TopicCode.From(new string('a', TopicCode.MaxLength + 1));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void TryParse_ArbitraryText_NeverThrowsAndRoundTrips()
    {
        Gen.String.Sample(text =>
        {
            if (TopicCode.TryParse(text, out var code))
            {
                TopicCode.From(code.Value).Should().Be(code);
            }
        });
    }

    [Fact]
    public void StandardCatalog_HasTheFourteenTopicsOfTheSpec()
    {
        var catalog = RequestTopicCatalog.Standard;
        catalog.Topics.Select(t => t.Code.Value).Should().Equal(
            "adaptation", "subject-methods", "lesson-planning", "assessment", "discipline", "class-teacher", "parents",
            "digital", "special-needs", "gifted", "exam-prep", "attestation", "contests", "burnout");
        catalog[TopicCode.From("digital")].Title.Should().Be("цифровые инструменты, ИКТ");
        catalog.Topics.Should().OnlyContain(t => t.IsStandard);
    }

    [Fact]
    public void WithTopic_AddsOwnTopicAndLeavesOriginalUnchanged()
    {
        var extended = RequestTopicCatalog.Standard.WithTopic(TopicCode.From("robotics"), "робототехника");
        extended.Topics.Should().HaveCount(15);
        extended.Contains(TopicCode.From("robotics")).Should().BeTrue();
        RequestTopicCatalog.Standard.Contains(TopicCode.From("robotics")).Should().BeFalse();
        var again = () => extended.WithTopic(TopicCode.From("digital"), "x");
        again.Should().Throw<ArgumentException>();
    }
}
