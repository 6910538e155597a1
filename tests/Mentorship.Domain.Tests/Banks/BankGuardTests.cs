using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.Build;

namespace Mentorship.Domain.Tests.Banks;

/// <summary>
/// A caller's mistake (a null where a value is required, a default identifier, a negative number of hours) is an
/// argument exception naming the argument, thrown before anything changes: never a refusal, never a null dereference.
/// </summary>
public class BankGuardTests
{
    private static readonly EducatorId T01 = EducatorId.From("T01");

    private static MentorBank Mentors()
    {
        var bank = MentorBank.Open(Org, Year);
        bank.Admit(Mentor("T01"), InWindow).IsAccepted.Should().BeTrue();
        bank.DequeueEvents();
        return bank;
    }

    private static MenteeBank Mentees()
    {
        var bank = MenteeBank.Open(Org, Year);
        bank.Admit(Mentee("S01"), InWindow).IsAccepted.Should().BeTrue();
        bank.DequeueEvents();
        return bank;
    }

    public static TheoryData<string, Action> CallerMistakes => new()
    {
        { "application", () => Mentees().Admit(null!, InWindow) },
        { "application", () => Mentees().Admit(Mentee("S02") with { Educator = null! }, InWindow) },
        { "application", () => Mentees().Admit(Mentee("S02") with { Requests = null! }, InWindow) },
        { "application", () => Mentees().Admit(Mentee("S02") with { Reasons = null! }, InWindow) },
        { "mentorId", () => Mentees().ExcludeMentor(EducatorId.From("S01"), default, InWindow) },
        { "id", () => Mentees().ErasePerson(default, InWindow) },
        { "reason", () => Mentees().Remove(EducatorId.From("S01"), InWindow, (RemovalReason)1000) },
        { "educator", () => Mentees().UpdateEducator(null!, InWindow) },
        { "application", () => Mentors().Admit(null!, InWindow) },
        { "application", () => Mentors().Admit(Mentor("T02") with { Educator = null! }, InWindow) },
        { "application", () => Mentors().Admit(Mentor("T02") with { Competencies = null! }, InWindow) },
        { "session", () => Mentors().RecordTraining(T01, null!) },
        { "consent", () => Mentors().RecordMentoringConsent(T01, null!) },
        { "claims", () => CompetencyRule.Check(null!, RequestTopicCatalog.Standard) },
        { "catalog", () => CompetencyRule.Check([], null!) },
        { "educator", () => MentorExperienceRule.Check(null!, new MentorPolicy(), InWindow) },
        { "policy", () => MentorExperienceRule.Check(Educator("T01"), null!, InWindow) },
        { "educator", () => MentoringReasonRule.Check(null!, [], InWindow) },
        { "reasons", () => MentoringReasonRule.Check(Educator("S01"), null!, InWindow) },
        { "topics", () => RequestListRule.Check(null!, RequestTopicCatalog.Standard) },
        { "catalog", () => RequestListRule.Check([], null!) },
        { "window", () => IntakeWindowRule.Check(null!, Year, InWindow, null) },
        { "sessions", () => MentorTrainingRecord.Of(null!) },
        { "sessions", () => MentorTrainingRecord.Of([null!]) },
        { "sessions", () => MentorTrainingRecord.Of([new TrainingSession(InWindow, " ", 4)]) },
        { "sessions", () => MentorTrainingRecord.Of([new TrainingSession(InWindow, "Семинар", -1)]) },
    };

    [Theory]
    [MemberData(nameof(CallerMistakes))]
    public void CallerMistake_IsAnArgumentExceptionNamingTheArgument(string parameter, Action call)
    {
        call.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void MentorTrainingRecord_SameDay_IsOrderedByTitle()
    {
        var day = new LocalDate(2026, 6, 10);
        var record = MentorTrainingRecord.Of([new TrainingSession(day, "Б-семинар", 4), new TrainingSession(day.PlusDays(-1), "В-курс", 8), new TrainingSession(day, "А-семинар", 2)]);

        record.Sessions.Select(s => s.Title).Should().Equal("В-курс", "А-семинар", "Б-семинар");
        record.IsTrained.Should().BeTrue();
        record.TotalHours.Should().Be(14);
        MentorTrainingRecord.Empty.IsTrained.Should().BeFalse();
    }

    [Fact]
    public void IntakeWindow_EndBeforeStart_IsACallerMistake()
    {
        var act = () => new IntakeWindow(new AnnualDate(9, 30), new AnnualDate(4, 1));
        act.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("*end*before*start*");
        new IntakeWindow(new AnnualDate(4, 1), new AnnualDate(4, 1)).Contains(Year, new LocalDate(2026, 4, 1)).Should().BeTrue();
    }
}
