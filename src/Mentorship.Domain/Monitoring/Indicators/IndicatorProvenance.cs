namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// The source, direction and stage of every indicator, kept in one table so that the sources can be read side by side
/// (docs/design.md, "Sourced definitions"). <see cref="IndicatorDefinition"/> exposes them.
/// </summary>
internal static class IndicatorProvenance
{
    internal const string FederalRecommendations =
        "Методические рекомендации по разработке и внедрению системы (целевой модели) наставничества педагогических работников в образовательных организациях (письмо Минпросвещения России от 21.12.2021 № АЗ-1128/08)";

    internal const string NationalProjectIndicator =
        "Национальный проект «Образование», федеральный проект «Учитель будущего»: доля педагогических работников общеобразовательных организаций в возрасте до 35 лет, вовлечённых в различные формы поддержки и сопровождения в первые три года работы";

    private const string Library = "Определение этой библиотеки: федеральные тексты формулы не задают";

    private static readonly IndicatorSource LibrarySource = new(IndicatorSourceKind.Library, Library);

    public static IndicatorSource SourceOf(IndicatorCode code) => code switch
    {
        IndicatorCode.K1 => new(
            IndicatorSourceKind.NationalProject,
            NationalProjectIndicator,
            "Библиотека считает охваченными молодых педагогов в действующей или завершённой программе наставничества: это уже, чем «формы поддержки и сопровождения» нацпроекта. Назначенные на должность без опыта работы на ней учитываются по настройке мониторинга (по умолчанию — да)."),
        IndicatorCode.K6 or IndicatorCode.K7 => new(
            IndicatorSourceKind.FederalRecommendations,
            FederalRecommendations,
            "Шкала 1–10 и две волны анкетирования (входная и итоговая) — из методических рекомендаций; средний балл и его изменение — определение библиотеки."),
        IndicatorCode.K13 => new(
            IndicatorSourceKind.Library,
            Library,
            "Региональные формы мониторинга спрашивают о материальном стимулировании наставников; доплата берётся из соглашения по ст. 351.8 ТК РФ, доля — определение библиотеки."),
        IndicatorCode.K14 => new(
            IndicatorSourceKind.Library,
            Library,
            "Обучение наставников — мероприятие 2.3 дорожной карты; срок «за последние 3 года» — определение библиотеки."),
        _ => LibrarySource,
    };

    public static IndicatorDirection DirectionOf(IndicatorCode code) => code switch
    {
        IndicatorCode.K5 => IndicatorDirection.LowerIsBetter,
        IndicatorCode.K9 => IndicatorDirection.AgainstNorm,
        _ => IndicatorDirection.HigherIsBetter,
    };

    public static IndicatorStage StageOf(IndicatorCode code) => code switch
    {
        IndicatorCode.K3 or IndicatorCode.K6 or IndicatorCode.K7 or IndicatorCode.K8 or IndicatorCode.K11 => IndicatorStage.Effect,
        _ => IndicatorStage.Process,
    };
}
