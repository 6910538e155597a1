using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Tests.Monitoring;

/// <summary>Short builders for monitoring facts, so that a hand-computed test states only its scenario.</summary>
internal static class FactBuilders
{
    public static readonly OrganizationId OrgA = OrganizationId.From("org-a");
    public static readonly OrganizationId OrgB = OrganizationId.From("org-b");

    /// <summary>The calendar year 2026: as-of date 31.12.2026.</summary>
    public static readonly DateInterval Year2026 = new(D(2026, 1, 1), D(2026, 12, 31));

    /// <summary>Forms with optional items only: scale x, y, z; yes/no ok; open note.</summary>
    public static readonly InstrumentSet Instruments = new(
        from role in new[] { RespondentRole.Mentee, RespondentRole.Mentor, RespondentRole.Coordinator }
        from wave in new[] { SurveyWave.Entry, SurveyWave.Interim, SurveyWave.Final }
        select new QuestionnaireInstrument(
            $"{IndicatorResult.RoleCode(role)}-{wave.ToString().ToLowerInvariant()}",
            $"Анкета {role} {wave}",
            role,
            wave,
            RussianInstruments.ScaleInstruction,
            [
                new QuestionnaireItem("x", "Вопрос X", QuestionKind.Scale, required: false),
                new QuestionnaireItem("y", "Вопрос Y", QuestionKind.Scale, required: false),
                new QuestionnaireItem("z", "Вопрос Z", QuestionKind.Scale, required: false),
                new QuestionnaireItem("ok", "Всё ли хорошо?", QuestionKind.YesNo, required: false),
                new QuestionnaireItem("note", "Комментарий", QuestionKind.Open),
            ]));

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static EducatorId E(string id) => EducatorId.From(id);

    public static EducatorFact Staff(string id, LocalDate? from = null, LocalDate? through = null, LocalDate? youngThrough = null, OrganizationId? org = null) =>
        new(E(id), org ?? OrgA, from ?? D(2020, 9, 1), through, youngThrough);

    public static ProgrammeFact Pair(
        string id,
        string mentor,
        string mentee,
        LocalDate start,
        LocalDate? closedOn = null,
        ProgrammeClosure? closure = null,
        OrganizationId? org = null,
        MentorshipForm form = MentorshipForm.Individual,
        MentorReplacementFact[]? replacements = null,
        PlanItemFact[]? plan = null) =>
        new(id, org ?? OrgA, form, E(mentor), [E(mentee)], start, start.PlusMonths(9), closedOn, closure, replacements, plan);

    public static ProgrammeFact Group(string id, string mentor, string[] mentees, LocalDate start, OrganizationId? org = null, MentorshipForm form = MentorshipForm.Group) =>
        new(id, org ?? OrgA, form, E(mentor), mentees.Select(E), start, start.PlusMonths(9));

    public static QuestionnaireResponse Response(
        string id, ProgrammeFact programme, string respondent, RespondentRole role, SurveyWave wave, LocalDate on, params (string Item, int Score)[] scores)
    {
        var outcome = QuestionnaireResponse.Create(
            id,
            Instruments.Find(role, wave)!,
            programme.Id,
            E(respondent),
            on,
            scores.Select(s => QuestionnaireAnswer.ForScale(s.Item, s.Score)));
        return outcome.IsAccepted ? outcome.Value : throw new InvalidOperationException(outcome.Rejection.ToString());
    }

    public static IndicatorSet Compute(MonitoringFactsBuilder builder, MonitoringPolicy? policy = null, DateInterval? period = null) =>
        IndicatorCalculator.Compute(builder.Build(), MonitoringScope.ForOrganization(OrgA), period ?? Year2026, policy);

    public static MonitoringFactsBuilder Builder() => new();
}
