using Mentorship.Domain.Banks;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Roadmap;

namespace Mentorship.WebHost.Pages;

/// <summary>Russian labels for the core's enums on the pages.</summary>
public static class Labels
{
    public static string Of(MentoringReason reason) => reason switch
    {
        MentoringReason.YoungSpecialist => "молодой специалист",
        MentoringReason.NewHire => "новый сотрудник",
        MentoringReason.NewPost => "новая должность",
        MentoringReason.ProfessionalDifficulties => "профессиональные затруднения",
        MentoringReason.Burnout => "выгорание",
        MentoringReason.DigitalSkills => "цифровые навыки",
        MentoringReason.Attestation => "аттестация",
        MentoringReason.ReturnAfterBreak => "выход после перерыва",
        _ => "другое",
    };

    public static string Of(UnmatchedReason reason) => reason switch
    {
        UnmatchedReason.NoMentorCoversRequests => "ни один наставник не владеет ни одной из запрошенных тем",
        UnmatchedReason.NoEligibleMentor => "наставники, владеющие темами, исключены правилами",
        _ => "все подходящие наставники заняты",
    };

    public static string Of(PairVerdict verdict) => verdict switch
    {
        PairVerdict.Paired => "пара предложена",
        PairVerdict.Ineligible => "пара недопустима",
        PairVerdict.LeftOutOfOptimum => "пара допустима, но не входит в оптимум",
        PairVerdict.MenteePrefersOwnMentor => "наставляемый предпочитает своего наставника",
        _ => "наставник предпочитает своих наставляемых",
    };

    public static string Of(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Planned => "запланировано",
        WorkItemStatus.InProgress => "в работе",
        WorkItemStatus.Done => "выполнено",
        _ => "просрочено",
    };

    public static string Of(MentoringUnitStatus status) => status switch
    {
        MentoringUnitStatus.Proposed => "предложена, собираются согласия",
        MentoringUnitStatus.ConsentsInPlace => "согласия получены",
        MentoringUnitStatus.Fixed => "закреплена приказом",
        MentoringUnitStatus.Active => "работает",
        MentoringUnitStatus.Completed => "завершена",
        MentoringUnitStatus.EndedEarly => "прекращена досрочно",
        _ => "отменена",
    };

    public static string Of(ProgramStatus status) => status switch
    {
        ProgramStatus.Draft => "проект",
        ProgramStatus.Approved => "утверждена",
        ProgramStatus.Completed => "завершена",
        _ => "закрыта досрочно",
    };

    /// <summary>"3 рабочих дня", "5 рабочих дней", "21 рабочий день".</summary>
    public static string WorkingDays(int n)
    {
        var (tens, units) = (n % 100, n % 10);
        var word = tens is >= 11 and <= 14 ? "рабочих дней" : units switch
        {
            1 => "рабочий день",
            2 or 3 or 4 => "рабочих дня",
            _ => "рабочих дней",
        };
        return $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} {word}";
    }
}
