using System.Globalization;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Documents;

/// <summary>
/// The Russian words the pairing documents use: dates, plurals, and the names of forms, grounds and categories.
/// Written out here rather than taken from a culture, so that the text is the same on every host (invariant
/// globalisation included).
/// </summary>
internal static class RussianPhrases
{
    private static readonly string[] MonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] Weekdays = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"];

    /// <summary>«28.08.2026».</summary>
    public static string Short(LocalDate date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>«28 августа 2026 г.».</summary>
    public static string Long(LocalDate date) =>
        date.Day.ToString(CultureInfo.InvariantCulture) + " " + MonthsGenitive[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture) + " г.";

    /// <summary>«четверг».</summary>
    public static string Weekday(LocalDate date) => Weekdays[(int)date.DayOfWeek - 1];

    /// <summary>«с 01.09.2026 по 31.05.2027».</summary>
    public static string Period(DateInterval period) => $"с\u00a0{Short(period.Start)} по\u00a0{Short(period.End)}";

    /// <summary>The form of a noun after a number: 1 год, 2 года, 5 лет.</summary>
    public static string Count(int n, string one, string few, string many)
    {
        var mod100 = n % 100;
        var mod10 = n % 10;
        var word = mod100 is >= 11 and <= 14 ? many : mod10 == 1 ? one : mod10 is >= 2 and <= 4 ? few : many;
        return n.ToString(CultureInfo.InvariantCulture) + " " + word;
    }

    public static string Months(int n) => Count(n, "месяц", "месяца", "месяцев");

    public static string Years(int n) => Count(n, "год", "года", "лет");

    /// <summary>Teaching experience: «менее 1 года» before the first full year, else «N лет».</summary>
    public static string Experience(int years) => years < 1 ? "менее 1 года" : Years(years);

    /// <summary>Ends a sentence with one full stop: «Петров П. П.» stays, «методист» gets one.</summary>
    public static string Sentence(string text) => text.Length > 0 && text[text.Length - 1] == '.' ? text : text + ".";

    public static string WorkingDays(int n) => Count(n, "рабочий день", "рабочих дня", "рабочих дней");

    /// <summary>«6 500 руб.», «12 345,50 руб.».</summary>
    public static string Roubles(decimal amount) => Amount(amount) + " руб.";

    /// <summary>A sum of money without its unit: a space between thousands, kopecks after a decimal comma only when there are any.</summary>
    public static string Amount(decimal amount)
    {
        var whole = decimal.Truncate(amount) == amount;
        return amount.ToString(whole ? "#,0" : "#,0.00", CultureInfo.InvariantCulture).Replace(',', '\u00a0').Replace('.', ',');
    }

    public static string Form(MentorshipForm form) => form switch
    {
        MentorshipForm.Individual => "традиционная (индивидуальная, «один на один»)",
        MentorshipForm.Group => "групповая",
        MentorshipForm.Virtual => "виртуальная (дистанционная)",
        MentorshipForm.ShortTerm => "краткосрочная (целеполагающая)",
        MentorshipForm.Reverse => "реверсивная",
        MentorshipForm.Situational => "ситуационная",
        MentorshipForm.Speed => "скоростная",
        MentorshipForm.Flash => "флеш-наставничество",
        MentorshipForm.Team => "командная",
        _ => form.ToString(),
    };

    public static string Participants(ParticipantsForm form) => form switch
    {
        ParticipantsForm.EducatorToEducator => "педагог – педагог",
        ParticipantsForm.ManagerToEducator => "руководитель – педагог",
        ParticipantsForm.EmployerToStudent => "работодатель – студент педагогического вуза (колледжа)",
        ParticipantsForm.CollegeTeacherToYoungEducator => "педагог вуза (колледжа) – молодой педагог",
        _ => form.ToString(),
    };

    public static string Variant(EducatorPairVariant variant) => variant switch
    {
        EducatorPairVariant.ExperiencedToYoungSpecialist => "опытный педагог – молодой специалист",
        EducatorPairVariant.ClassTeacherToYoungSpecialist => "опытный классный руководитель – молодой специалист",
        EducatorPairVariant.CommunityLeaderToEducatorWithDifficulties => "лидер педагогического сообщества – педагог, испытывающий профессиональные затруднения",
        EducatorPairVariant.InnovatorToConservative => "педагог-новатор – консервативный педагог",
        EducatorPairVariant.ExperiencedToInexperiencedSubjectTeacher => "опытный педагог-предметник – неопытный педагог-предметник",
        _ => variant.ToString(),
    };

    public static string Category(QualificationCategory category) => category switch
    {
        QualificationCategory.None => "без категории",
        QualificationCategory.FitForPost => "соответствие занимаемой должности",
        QualificationCategory.First => "первая квалификационная категория",
        QualificationCategory.Highest => "высшая квалификационная категория",
        QualificationCategory.Methodologist => "педагог-методист",
        QualificationCategory.Mentor => "педагог-наставник",
        _ => category.ToString(),
    };

    /// <summary>The grounds in the genitive-free form used after «в связи с»: «психологической несовместимостью …».</summary>
    public static string Grounds(ReplacementGrounds grounds) => grounds switch
    {
        ReplacementGrounds.MentorLeftJob => "увольнением наставника",
        ReplacementGrounds.PsychologicalIncompatibility => "психологической несовместимостью наставника и наставляемого",
        ReplacementGrounds.SystematicFailureOfDuties => "систематическим неисполнением наставником своих обязанностей",
        ReplacementGrounds.DisciplinaryAction => "привлечением наставника к дисциплинарной ответственности",
        ReplacementGrounds.JustifiedRequestOfMentor => "обоснованной просьбой наставника",
        ReplacementGrounds.JustifiedRequestOfMentee => "обоснованной просьбой наставляемого",
        _ => grounds.ToString(),
    };

    /// <summary>The grounds after «в связи с».</summary>
    public static string Grounds(EarlyTerminationGrounds grounds) => grounds switch
    {
        EarlyTerminationGrounds.MentorLeftJob => "увольнением наставника",
        EarlyTerminationGrounds.MenteeLeftJob => "увольнением наставляемого",
        EarlyTerminationGrounds.PsychologicalIncompatibility => "психологической несовместимостью наставника и наставляемого",
        EarlyTerminationGrounds.SystematicFailureOfDuties => "систематическим неисполнением наставником своих обязанностей",
        EarlyTerminationGrounds.DisciplinaryAction => "привлечением наставника к дисциплинарной ответственности",
        EarlyTerminationGrounds.JustifiedRequestOfMentor => "обоснованной просьбой наставника",
        EarlyTerminationGrounds.JustifiedRequestOfMentee => "обоснованной просьбой наставляемого",
        EarlyTerminationGrounds.GoalReachedEarly => "досрочным достижением цели программы наставничества",
        EarlyTerminationGrounds.PersonalDataConsentWithdrawn => "отзывом согласия на обработку персональных данных",
        _ => "иными основаниями",
    };

    /// <summary>Why a mentee leaves a group, after «в связи с».</summary>
    public static string Grounds(MenteeLeavingGrounds grounds) => grounds switch
    {
        MenteeLeavingGrounds.JustifiedRequestOfMentee => "обоснованной просьбой наставляемого",
        MenteeLeavingGrounds.MenteeLeftJob => "увольнением наставляемого",
        MenteeLeavingGrounds.GoalReachedEarly => "досрочным достижением наставляемым цели программы наставничества",
        MenteeLeavingGrounds.MovedToAnotherGroup => "переводом наставляемого в другую наставническую группу",
        _ => "иными основаниями",
    };

    public static string Initiator(TerminationInitiator initiator) => initiator switch
    {
        TerminationInitiator.Mentor => "наставника",
        _ => "работодателя",
    };

    public static string Outcome(MentoringOutcome outcome) => outcome switch
    {
        MentoringOutcome.Achieved => "выполнена",
        MentoringOutcome.PartlyAchieved => "выполнена частично",
        _ => "не выполнена",
    };

    public static string Responsible(PlanResponsible responsible, bool group) => responsible switch
    {
        PlanResponsible.Mentor => "наставник",
        PlanResponsible.Mentee => group ? "наставляемые" : "наставляемый",
        PlanResponsible.MentorAndMentee => group ? "наставник и наставляемые" : "наставник и наставляемый",
        PlanResponsible.Coordinator => "куратор",
        PlanResponsible.MethodologicalCouncil => "методический совет",
        _ => "руководитель",
    };

    public static string Role(SupportRole role) => role switch
    {
        SupportRole.Coordinator => "куратор",
        SupportRole.Psychologist => "педагог-психолог",
        SupportRole.MethodologicalAssociation => "методическое объединение",
        SupportRole.MethodologicalCouncil => "методический совет",
        _ => "руководитель",
    };

    public static string Cause(UnpairedCause cause) => cause switch
    {
        UnpairedCause.NoMentorCoversRequests => "ни один наставник не владеет запрошенными темами",
        UnpairedCause.NoEligibleMentor => "подходящие наставники исключены правилами подбора",
        UnpairedCause.AllCapableMentorsFull => "все подходящие наставники заняты",
        _ => "наставничество прекращено досрочно",
    };

    public static string Status(MentoringUnitStatus status) => status switch
    {
        MentoringUnitStatus.Proposed => "предложена",
        MentoringUnitStatus.ConsentsInPlace => "согласия получены",
        MentoringUnitStatus.Fixed => "закреплена приказом",
        MentoringUnitStatus.Active => "действует",
        MentoringUnitStatus.Completed => "завершена",
        MentoringUnitStatus.EndedEarly => "прекращена досрочно",
        _ => "отменена",
    };
}
