using static Mentorship.Domain.Tests.Monitoring.FactBuilders;

using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.Domain.Tests.Monitoring.Questionnaires;

public class QuestionnaireTests
{
    private static readonly ProgrammeFact Programme = Pair("P1", "T1", "M1", D(2026, 9, 1));
    private static readonly QuestionnaireInstrument MenteeFinal = RussianInstruments.Default.Find(RespondentRole.Mentee, SurveyWave.Final)!;

    private static QuestionnaireAnswer[] CompleteMenteeFinal(int score = 8) =>
        MenteeFinal.Items.Select(i => i.Kind switch
        {
            QuestionKind.Scale => QuestionnaireAnswer.ForScale(i.Code, score),
            QuestionKind.YesNo => QuestionnaireAnswer.ForYesNo(i.Code, true),
            _ => QuestionnaireAnswer.ForOpen(i.Code, "Всё понравилось"),
        }).ToArray();

    private static Mentorship.Domain.Common.Outcome<QuestionnaireResponse> Create(IEnumerable<QuestionnaireAnswer> answers, string respondent = "M1") =>
        QuestionnaireResponse.Create("R1", MenteeFinal, "P1", E(respondent), D(2027, 5, 20), answers);

    [Fact]
    public void Default_HasEntryInterimAndFinalFormsForMenteesAndMentorsAndTheCoordinator()
    {
        RussianInstruments.Default.Instruments.Select(i => (i.Role, i.Wave)).Should().BeEquivalentTo(new[]
        {
            (RespondentRole.Mentee, SurveyWave.Entry), (RespondentRole.Mentee, SurveyWave.Interim), (RespondentRole.Mentee, SurveyWave.Final),
            (RespondentRole.Mentor, SurveyWave.Entry), (RespondentRole.Mentor, SurveyWave.Interim), (RespondentRole.Mentor, SurveyWave.Final),
            (RespondentRole.Coordinator, SurveyWave.Interim), (RespondentRole.Coordinator, SurveyWave.Final),
        });
        RussianInstruments.Default.Instruments.Should().OnlyContain(i => i.Instruction == "Оцените в баллах от 1 до 10, где 1 – самый низкий балл, а 10 – самый высокий.");
    }

    [Fact]
    public void Default_MenteeFinal_AsksTheItemsOfTheDomainGuide()
    {
        MenteeFinal.Items.Where(i => i.Kind == QuestionKind.Scale).Select(i => i.Code).Should().Contain(
            ["effectiveness", "comfort", "mentor-competence", "meetings-usefulness", "plan-clarity", "expectations-met"]);
        MenteeFinal.Items.Select(i => i.Kind).Should().Contain([QuestionKind.Scale, QuestionKind.YesNo, QuestionKind.Open]);
    }

    [Fact]
    public void Default_EntryAndFinalForms_ShareTheirScaleCodesSoK7CanCompareThem()
    {
        foreach (var role in new[] { RespondentRole.Mentee, RespondentRole.Mentor })
        {
            var entry = RussianInstruments.Default.Find(role, SurveyWave.Entry)!.Items.Where(i => i.Kind == QuestionKind.Scale).Select(i => i.Code);
            var final = RussianInstruments.Default.Find(role, SurveyWave.Final)!.Items.Where(i => i.Kind == QuestionKind.Scale).Select(i => i.Code);
            final.Should().Contain(entry, $"every entry scale item of the {role} comes back in the final form");
        }
    }

    [Fact]
    public void Create_CompleteResponse_KeepsTheFormsOrderAndTiesToTheProgramme()
    {
        var outcome = Create(CompleteMenteeFinal().Reverse());

        outcome.IsAccepted.Should().BeTrue();
        var response = outcome.Value;
        response.Answers.Select(a => a.ItemCode).Should().Equal(MenteeFinal.Items.Select(i => i.Code));
        response.ProgrammeId.Should().Be("P1");
        (response.Role, response.Wave, response.InstrumentCode).Should().Be((RespondentRole.Mentee, SurveyWave.Final, "mentee-final"));
        response.ScaleAnswerCount.Should().Be(7);
        response.Find("comfort")!.Score.Should().Be(8);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void AnswerRule_ScoreOutsideOneToTen_IsRefused(int score)
    {
        var answers = CompleteMenteeFinal().Select(a => a.ItemCode == "comfort" ? QuestionnaireAnswer.ForScale("comfort", score) : a);

        var outcome = Create(answers);

        outcome.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(AnswerRule.ScoreOutOfRange);
    }

    [Fact]
    public void AnswerRule_UnknownItem_IsRefused()
    {
        var outcome = Create([.. CompleteMenteeFinal(), QuestionnaireAnswer.ForScale("salary", 5)]);

        outcome.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(AnswerRule.UnknownItem);
    }

    [Fact]
    public void AnswerRule_WrongKind_IsRefused()
    {
        var answers = CompleteMenteeFinal().Select(a => a.ItemCode == "continue" ? QuestionnaireAnswer.ForScale("continue", 5) : a);

        Create(answers).Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(AnswerRule.WrongKind);
    }

    [Fact]
    public void AnswerRule_RepeatedItem_IsRefused()
    {
        var outcome = Create([.. CompleteMenteeFinal(), QuestionnaireAnswer.ForScale("comfort", 3)]);

        outcome.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(AnswerRule.RepeatedItem);
    }

    [Fact]
    public void RequiredAnswerRule_MissingScaleOrYesNo_IsRefusedButOpenItemsAreOptional()
    {
        var answers = CompleteMenteeFinal().Where(a => a.ItemCode is not ("comfort" or "recommend" or "most-useful" or "improvements"));

        var outcome = Create(answers);

        outcome.Rejection.Violations.Select(v => (v.Code, v.Message)).Should().HaveCount(2)
            .And.OnlyContain(v => v.Code == RequiredAnswerRule.Missing);
        outcome.Rejection.Violations.Should().OnlyContain(v => v.Subject == "R1");
    }

    [Fact]
    public void RespondentRule_MenteeFormAnsweredByTheMentor_IsRefusedWhenTheFactsAreBuilt()
    {
        var response = Create(CompleteMenteeFinal(), respondent: "T1").Value;

        var built = Builder().Add(Programme).Add(response).TryBuild();

        var violation = built.Rejection.Violations.Should().ContainSingle().Which;
        (violation.Code, violation.Subject).Should().Be((RespondentRule.NotInRole, "R1"));
        violation.Arguments.Select(a => (a.Name, a.Value)).Should().Equal(("respondent", "T1"), ("role", "RespondentRole.Mentee"), ("programme", "P1"));
    }

    [Fact]
    public void RespondentRule_ResponseNamingAProgrammeNotAdded_IsRefusedWithTheProgrammesId()
    {
        var response = QuestionnaireResponse.Create("R9", MenteeFinal, "P404", E("M1"), D(2027, 5, 20), CompleteMenteeFinal()).Value;

        var built = Builder().Add(Programme).Add(response).TryBuild();

        var violation = built.Rejection.Violations.Should().ContainSingle().Which;
        (violation.Code, violation.Subject).Should().Be((RespondentRule.UnknownProgramme, "R9"));
        violation.Arguments.Select(a => (a.Name, a.Value)).Should().Equal(("programme", "P404"));
    }

    [Fact]
    public void Build_ResponsesThatDoNotFit_ThrowOrAreLeftOutAsAsked()
    {
        var fits = Create(CompleteMenteeFinal()).Value;
        var mentor = QuestionnaireResponse.Create("R2", MenteeFinal, "P1", E("T1"), D(2027, 5, 20), CompleteMenteeFinal()).Value;
        var stray = QuestionnaireResponse.Create("R3", MenteeFinal, "P2", E("M1"), D(2027, 5, 20), CompleteMenteeFinal()).Value;
        var builder = Builder().Add(Programme).Add(fits).Add(mentor).Add(stray);

        builder.TryBuild().Rejection.Violations.Select(v => (v.Subject, v.Code)).Should().Equal(("R2", RespondentRule.NotInRole), ("R3", RespondentRule.UnknownProgramme));
        builder.Invoking(b => b.Build()).Should().Throw<ArgumentException>().WithMessage("*R2 (questionnaire.respondent-not-in-role), R3 (questionnaire.unknown-programme)*");
        var facts = builder.Build(out var leftOut);
        facts.Responses.Should().Equal(fits);
        leftOut.Select(v => v.Subject).Should().Equal("R2", "R3");
        Builder().Add(Programme).Add(fits).Build(out var none).Responses.Should().Equal(fits);
        none.Should().BeEmpty();
    }

    [Fact]
    public void RespondentRule_ReplacementMentorAndOutsideCoordinator_AreInRole()
    {
        var replaced = Pair("P2", "T1", "M1", D(2026, 9, 1), replacements: [new MentorReplacementFact(D(2026, 12, 1), E("T2"))]);

        RespondentRule.Check(RespondentRole.Mentor, E("T2"), replaced, "R").Should().BeNull();
        RespondentRule.Check(RespondentRole.Mentor, E("T1"), replaced, "R").Should().BeNull();
        RespondentRule.Check(RespondentRole.Coordinator, E("K1"), replaced, "R").Should().BeNull();
        RespondentRule.Check(RespondentRole.Coordinator, E("M1"), replaced, "R")!.Code.Should().Be(RespondentRule.NotInRole);
    }

    [Fact]
    public void Create_EveryBrokenRule_IsReportedAtOnce()
    {
        var outcome = Create([QuestionnaireAnswer.ForScale("comfort", 42), QuestionnaireAnswer.ForYesNo("nope", true)], respondent: "X9");

        outcome.Rejection.Violations.Select(v => v.Code).Should().Contain(
            [AnswerRule.ScoreOutOfRange, AnswerRule.UnknownItem, RequiredAnswerRule.Missing]);
    }

    [Fact]
    public void OpenAnswer_NeverShowsItsTextThroughToString()
    {
        QuestionnaireAnswer.ForOpen("notes", "Иванова Мария сказала").ToString().Should().Be("notes=[text]");
    }

    [Theory]
    [InlineData("Comfort")]
    [InlineData("-comfort")]
    [InlineData("comfort-")]
    [InlineData("com--fort")]
    [InlineData("com fort")]
    public void QuestionnaireItem_MalformedCode_Throws(string code)
    {
        var create = () => new QuestionnaireItem(code, "Вопрос", QuestionKind.Scale);

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void QuestionnaireInstrument_RepeatedItemCode_Throws()
    {
        var create = () => new QuestionnaireInstrument("f", "Анкета", RespondentRole.Mentee, SurveyWave.Entry, "Оцените",
            [new QuestionnaireItem("a", "A", QuestionKind.Scale), new QuestionnaireItem("a", "A again", QuestionKind.YesNo)]);

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void InstrumentSet_TwoFormsForOneRoleAndWave_Throws()
    {
        var form = (string code) => new QuestionnaireInstrument(code, "Анкета", RespondentRole.Mentee, SurveyWave.Entry, "Оцените", [new QuestionnaireItem("a", "A", QuestionKind.Scale)]);

        var create = () => new InstrumentSet([form("one"), form("two")]);

        create.Should().Throw<ArgumentException>();
    }
}
