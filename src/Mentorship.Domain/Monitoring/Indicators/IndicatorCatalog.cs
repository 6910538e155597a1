using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>The definitions of indicators K1–K12 (domain guide §7), with the Russian titles and formulas reports print.</summary>
public static class IndicatorCatalog
{
    private static readonly IndicatorDefinition[] Definitions =
    [
        new(IndicatorCode.K1, IndicatorKind.Share, false, "Охват молодых педагогов наставничеством",
            $"молодые педагоги ({People.YoungSpecialistPolicy.Default.Wording}) в действующей или завершённой программе / все молодые педагоги"),
        new(IndicatorCode.K2, IndicatorKind.Share, false, "Охват банка наставляемых",
            "наставляемые, получившие наставника / наставляемые в банке"),
        new(IndicatorCode.K3, IndicatorKind.Share, false, "Успешно завершённые программы",
            "программы, завершённые с результатом «выполнена» / программы, закрытые в периоде"),
        new(IndicatorCode.K4, IndicatorKind.Share, false, "Выполнение планов программ",
            "выполненные пункты планов / пункты планов со сроком в периоде"),
        new(IndicatorCode.K5, IndicatorKind.Share, false, "Досрочные прекращения и замены наставника",
            "пары и группы, прекращённые досрочно или со сменой наставника / пары и группы"),
        new(IndicatorCode.K6, IndicatorKind.Mean, true, "Удовлетворённость участников",
            "средний балл (1–10) итогового анкетирования"),
        new(IndicatorCode.K7, IndicatorKind.Change, true, "Динамика оценок",
            "средний балл итоговой анкеты − средний балл входной анкеты (те же вопросы, те же участники)"),
        new(IndicatorCode.K8, IndicatorKind.Share, false, "Закрепление в профессии",
            "наставляемые, работающие через 12 месяцев после начала программы / наставляемые"),
        new(IndicatorCode.K9, IndicatorKind.Ratio, false, "Нагрузка на наставников",
            "наставляемые в действующих программах / действующие наставники"),
        new(IndicatorCode.K10, IndicatorKind.Share, false, "Вовлечённость педагогов",
            "педагоги, участвующие в наставничестве в любой роли / все педагоги"),
        new(IndicatorCode.K11, IndicatorKind.Share, false, "Профессиональный рост наставляемых",
            "наставляемые с новой категорией, конкурсом, открытым занятием или публикацией / наставляемые"),
        new(IndicatorCode.K12, IndicatorKind.Share, false, "Исполнение дорожной карты",
            "мероприятия, выполненные в срок / мероприятия со сроком в периоде"),
    ];

    /// <summary>Every definition, K1 to K12.</summary>
    public static IReadOnlyList<IndicatorDefinition> All => Definitions;

    /// <summary>The definition of an indicator.</summary>
    /// <param name="code">The indicator.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="System.ArgumentException">The code is unknown.</exception>
    public static IndicatorDefinition Describe(IndicatorCode code) => Definitions[(int)Guard.Against.EnumOutOfRange(code) - 1];
}
