using System.Collections.Generic;

namespace Mentorship.Domain.Common.Violations;

/// <summary>
/// The words for the domain's terms that violations carry (<see cref="ViolationArgumentKind.Term"/>), keyed
/// <c>Type.Member</c>. Russian forms are the nominative a text can quote: «форма: групповая».
/// </summary>
internal static class ViolationTerms
{
    private static readonly Dictionary<string, (string Russian, string English)> Words = new()
    {
        ["MentorshipForm.Individual"] = ("традиционная (индивидуальная)", "individual"),
        ["MentorshipForm.Group"] = ("групповая", "group"),
        ["MentorshipForm.Virtual"] = ("виртуальная (дистанционная)", "virtual"),
        ["MentorshipForm.ShortTerm"] = ("краткосрочная", "short-term"),
        ["MentorshipForm.Reverse"] = ("реверсивная", "reverse"),
        ["MentorshipForm.Situational"] = ("ситуационная", "situational"),
        ["MentorshipForm.Speed"] = ("скоростная", "speed"),
        ["MentorshipForm.Flash"] = ("флеш-наставничество", "flash"),
        ["MentorshipForm.Team"] = ("командная", "team"),
        ["MentoringUnitStatus.Proposed"] = ("предложена", "proposed"),
        ["MentoringUnitStatus.ConsentsInPlace"] = ("согласия получены", "consents in place"),
        ["MentoringUnitStatus.Fixed"] = ("закреплена приказом", "fixed by order"),
        ["MentoringUnitStatus.Active"] = ("действует", "active"),
        ["MentoringUnitStatus.Completed"] = ("завершена", "completed"),
        ["MentoringUnitStatus.EndedEarly"] = ("прекращена досрочно", "ended early"),
        ["MentoringUnitStatus.Cancelled"] = ("отменена", "cancelled"),
        ["ProgramStatus.Draft"] = ("проект", "draft"),
        ["ProgramStatus.Approved"] = ("утверждена", "approved"),
        ["ProgramStatus.Completed"] = ("выполнена", "completed"),
        ["ProgramStatus.Closed"] = ("закрыта", "closed"),
        ["SupportPlanStatus.Open"] = ("открыт", "open"),
        ["SupportPlanStatus.PairFound"] = ("закрыт: наставник найден", "closed, a mentor was found"),
        ["SupportPlanStatus.Closed"] = ("закрыт", "closed"),
        ["ParticipantsForm.EducatorToEducator"] = ("педагог – педагог", "educator – educator"),
        ["ParticipantsForm.ManagerToEducator"] = ("руководитель – педагог", "manager – educator"),
        ["ParticipantsForm.EmployerToStudent"] = ("работодатель – студент педагогического вуза (колледжа)", "employer – student"),
        ["ParticipantsForm.CollegeTeacherToYoungEducator"] = ("педагог вуза (колледжа) – молодой педагог", "college teacher – young educator"),
        ["EducatorPairVariant.ExperiencedToYoungSpecialist"] = ("опытный педагог – молодой специалист", "experienced educator – young specialist"),
        ["EducatorPairVariant.ClassTeacherToYoungSpecialist"] = ("опытный классный руководитель – молодой специалист", "experienced class teacher – young specialist"),
        ["EducatorPairVariant.CommunityLeaderToEducatorWithDifficulties"] = ("лидер педагогического сообщества – педагог, испытывающий профессиональные затруднения", "community leader – educator with difficulties"),
        ["EducatorPairVariant.InnovatorToConservative"] = ("педагог-новатор – консервативный педагог", "innovator – conservative educator"),
        ["EducatorPairVariant.ExperiencedToInexperiencedSubjectTeacher"] = ("опытный педагог-предметник – неопытный педагог-предметник", "experienced – inexperienced subject teacher"),
        ["QuestionKind.Scale"] = ("оценка по шкале 1–10", "a score on the 1–10 scale"),
        ["QuestionKind.YesNo"] = ("ответ «да» или «нет»", "a yes or no"),
        ["QuestionKind.Open"] = ("ответ своими словами", "an open answer"),
        ["RespondentRole.Mentee"] = ("наставляемый", "mentee"),
        ["RespondentRole.Mentor"] = ("наставник", "mentor"),
        ["RespondentRole.Coordinator"] = ("куратор", "coordinator"),
        ["LocalActKind.SystemOrder"] = ("приказ о создании системы наставничества", "order creating the system"),
        ["LocalActKind.Regulation"] = ("положение о системе наставничества", "regulation on the system"),
        ["LocalActKind.Roadmap"] = ("дорожная карта", "roadmap"),
        ["LocalActKind.FixingOrder"] = ("приказ о закреплении пар (групп)", "order fixing pairs and groups"),
        ["LocalActKind.PersonalizedPrograms"] = ("персонализированные программы", "personalized programmes"),
        ["LocalActKind.MentorshipProgramme"] = ("программа наставничества", "mentorship programme"),
        ["LocalActKind.CoordinatorOrder"] = ("приказ о назначении куратора", "order naming the coordinator"),
        ["LocalActKind.MentorEncouragement"] = ("акт о материальном стимулировании наставников", "act on mentors' encouragement"),
        ["LocalActKind.WebsiteSection"] = ("раздел «Наставничество» на сайте", "website section"),
    };

    /// <summary>The keys of every term with words, <c>Type.Member</c>.</summary>
    public static IEnumerable<string> Keys => Words.Keys;

    /// <summary>The word for a term, or the member's name if the table has none.</summary>
    public static string Word(string term, ViolationLanguage language)
    {
        if (Words.TryGetValue(term, out var words))
        {
            return language == ViolationLanguage.English ? words.English : words.Russian;
        }

        var dot = term.LastIndexOf('.');
        return dot < 0 ? term : term.Substring(dot + 1);
    }
}
