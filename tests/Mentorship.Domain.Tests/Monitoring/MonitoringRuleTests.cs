using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.Domain.Tests.Monitoring;

/// <summary>Each rule of the room on its own: one case that passes, one that breaks it.</summary>
public class MonitoringRuleTests
{
    private static readonly QuestionnaireItem Scale = new("comfort", "Комфортность", QuestionKind.Scale);
    private static readonly ProgrammeFact P1 = Pair("P1", "T1", "M1", D(2026, 9, 1));
    private static readonly RoadmapItemFact Item = new(OrgA, "2.4", "w1", "Приказ", D(2026, 8, 1), D(2026, 8, 31));

    [Theory]
    [InlineData(1, false, null)]
    [InlineData(10, false, null)]
    [InlineData(11, false, AnswerRule.ScoreOutOfRange)]
    [InlineData(5, true, AnswerRule.RepeatedItem)]
    public void AnswerRule_Check_ScaleAnswer(int score, bool repeated, string? code) =>
        AnswerRule.Check(Scale, QuestionnaireAnswer.ForScale("comfort", score), repeated, "R")?.Code.Should().Be(code);

    [Fact]
    public void AnswerRule_Check_UnknownItemOrWrongKind()
    {
        AnswerRule.Check(null, QuestionnaireAnswer.ForScale("x", 5), false, "R")!.Code.Should().Be(AnswerRule.UnknownItem);
        AnswerRule.Check(Scale, QuestionnaireAnswer.ForYesNo("comfort", true), false, "R")!.Code.Should().Be(AnswerRule.WrongKind);
    }

    [Fact]
    public void RequiredAnswerRule_Check_MissingOrBlankRequiredAnswer()
    {
        var open = new QuestionnaireItem("notes", "Замечания", QuestionKind.Open, required: true);

        RequiredAnswerRule.Check(Scale, null, "R")!.Code.Should().Be(RequiredAnswerRule.Missing);
        RequiredAnswerRule.Check(open, QuestionnaireAnswer.ForOpen("notes", "  "), "R")!.Code.Should().Be(RequiredAnswerRule.Missing);
        RequiredAnswerRule.Check(open, QuestionnaireAnswer.ForOpen("notes", "ок"), "R").Should().BeNull();
        RequiredAnswerRule.Check(new QuestionnaireItem("o", "O", QuestionKind.Open), null, "R").Should().BeNull();
    }

    [Fact]
    public void RespondentRule_Check_RoleInTheProgramme()
    {
        RespondentRule.Check(RespondentRole.Mentee, E("M1"), P1, "R").Should().BeNull();
        RespondentRule.Check(RespondentRole.Mentee, E("T1"), P1, "R")!.Code.Should().Be(RespondentRule.NotInRole);
    }

    [Fact]
    public void PracticeIdentityRule_Check_RepeatedId() =>
        (PracticeIdentityRule.Check(false, "c1"), PracticeIdentityRule.Check(true, "c1")?.Code).Should().Be((null, PracticeIdentityRule.Duplicate));

    [Fact]
    public void PracticeAuthorRule_Check_ParticipantOfTheOrganisationsProgramme()
    {
        PracticeAuthorRule.Check(E("T1"), P1, OrgA, "c1").Should().BeNull();
        PracticeAuthorRule.Check(E("X9"), P1, OrgA, "c1")!.Code.Should().Be(PracticeAuthorRule.NotAParticipant);
        PracticeAuthorRule.Check(E("T1"), P1, OrgB, "c1")!.Code.Should().Be(PracticeAuthorRule.OtherOrganization);
    }

    [Fact]
    public void FinalEventSelectionRule_Check_ProposedByTheEventAndNotYetChosen()
    {
        var collection = PracticeCollection.Open(OrgA);
        collection.Propose(new PracticeProposal("c1", "Кейс", PracticeKind.Case, E("M1")), P1, D(2026, 4, 10));
        var practice = collection.Find("c1");

        FinalEventSelectionRule.Check(practice, D(2026, 4, 23), "c1").Should().BeNull();
        FinalEventSelectionRule.Check(practice, D(2026, 4, 9), "c1")!.Code.Should().Be(FinalEventSelectionRule.ProposedAfterEvent);
        FinalEventSelectionRule.Check(null, D(2026, 4, 23), "c2")!.Code.Should().Be(FinalEventSelectionRule.NotProposed);
    }

    [Fact]
    public void CoverageOrganizationRule_Check_OwnItemsOnly()
    {
        CoverageOrganizationRule.Check(Item, OrgA).Should().BeNull();
        CoverageOrganizationRule.Check(Item, OrgB)!.Code.Should().Be(CoverageOrganizationRule.OtherOrganization);
    }

    [Fact]
    public void CoverageDateRule_Check_NotBeforeTheWindow()
    {
        CoverageDateRule.Check(Item, D(2026, 8, 1)).Should().BeNull();
        CoverageDateRule.Check(Item, D(2026, 7, 31))!.Code.Should().Be(CoverageDateRule.BeforeEvent);
    }

    [Fact]
    public void CoverageDuplicateRule_Check_SameItemChannelAndReference()
    {
        var record = new CoverageRecord("w1", CoverageChannel.Website, D(2026, 8, 29), "news/1");

        CoverageDuplicateRule.Check(record with { On = D(2026, 9, 1) }, [record])!.Code.Should().Be(CoverageDuplicateRule.Duplicate);
        CoverageDuplicateRule.Check(record with { Channel = CoverageChannel.SocialNetwork }, [record]).Should().BeNull();
    }

    [Fact]
    public void YoungTeacherRule_Applies_ThroughTheLastDayOnly()
    {
        YoungTeacherRule.Applies(D(2028, 8, 31), D(2028, 8, 31)).Should().BeTrue();
        YoungTeacherRule.Applies(D(2028, 8, 31), D(2028, 9, 1)).Should().BeFalse();
        YoungTeacherRule.Applies(null, D(2026, 1, 1)).Should().BeFalse();
    }
}
