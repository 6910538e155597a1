namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>
/// The built-in Russian questionnaire forms (domain guide §7): entry, interim and final forms for mentees and
/// mentors, interim and final forms for the coordinator. Scale items are scored from 1 to 10; the entry and final
/// forms of a role share the codes of their scale items, worded as expectation and as result.
/// </summary>
public static class RussianInstruments
{
    /// <summary>The instruction printed above every form.</summary>
    public const string ScaleInstruction = "Оцените в баллах от 1 до 10, где 1 – самый низкий балл, а 10 – самый высокий.";

    /// <summary>The built-in set.</summary>
    public static InstrumentSet Default { get; } = new(
    [
        MenteeEntry(), MenteeInterim(), MenteeFinal(),
        MentorEntry(), MentorInterim(), MentorFinal(),
        CoordinatorInterim(), CoordinatorFinal(),
    ]);

    private static QuestionnaireItem Scale(string code, string text) => new(code, text, QuestionKind.Scale);

    private static QuestionnaireItem YesNo(string code, string text) => new(code, text, QuestionKind.YesNo);

    private static QuestionnaireItem Open(string code, string text) => new(code, text, QuestionKind.Open);

    private static QuestionnaireInstrument MenteeEntry() => new(
        "mentee-entry",
        "Входная анкета наставляемого",
        RespondentRole.Mentee,
        SurveyWave.Entry,
        ScaleInstruction,
        [
            Scale("effectiveness", "Насколько эффективной, на ваш взгляд, окажется программа наставничества?"),
            Scale("comfort", "Насколько комфортным вы ожидаете общение с наставником?"),
            Scale("mentor-competence", "Насколько вы рассчитываете на профессиональную компетентность наставника?"),
            Scale("meetings-usefulness", "Насколько полезными, по вашим ожиданиям, будут встречи с наставником?"),
            Scale("plan-clarity", "Насколько понятен вам план работы (персонализированная программа наставничества)?"),
            Scale("self-confidence", "Насколько уверенно вы чувствуете себя в профессии сейчас?"),
            YesNo("prior-mentoring", "Участвовали ли вы раньше в программах наставничества?"),
            Open("expectations", "Чего вы ждёте от работы с наставником?"),
        ]);

    private static QuestionnaireInstrument MenteeInterim() => new(
        "mentee-interim",
        "Промежуточная анкета наставляемого",
        RespondentRole.Mentee,
        SurveyWave.Interim,
        ScaleInstruction,
        [
            Scale("comfort", "Насколько комфортно вам общаться с наставником?"),
            Scale("meetings-usefulness", "Насколько полезны встречи с наставником?"),
            Scale("plan-clarity", "Насколько понятен план работы на оставшийся период?"),
            YesNo("meetings-regular", "Проходят ли встречи с наставником регулярно?"),
            Open("difficulties", "Какие трудности возникли в работе пары (группы)?"),
        ]);

    private static QuestionnaireInstrument MenteeFinal() => new(
        "mentee-final",
        "Итоговая анкета наставляемого",
        RespondentRole.Mentee,
        SurveyWave.Final,
        ScaleInstruction,
        [
            Scale("effectiveness", "Эффективность программы наставничества"),
            Scale("comfort", "Комфортность общения с наставником"),
            Scale("mentor-competence", "Профессиональная компетентность наставника"),
            Scale("meetings-usefulness", "Полезность встреч с наставником"),
            Scale("plan-clarity", "Понятность плана (персонализированной программы наставничества)"),
            Scale("self-confidence", "Уверенность в своих силах в профессии после программы"),
            Scale("expectations-met", "В какой мере оправдались ваши ожидания от программы?"),
            YesNo("continue", "Хотели бы вы продолжить работу с наставником?"),
            YesNo("recommend", "Порекомендуете ли вы участие в программе коллегам?"),
            Open("most-useful", "Что в программе было для вас самым полезным?"),
            Open("improvements", "Что следует изменить в программе наставничества?"),
        ]);

    private static QuestionnaireInstrument MentorEntry() => new(
        "mentor-entry",
        "Входная анкета наставника",
        RespondentRole.Mentor,
        SurveyWave.Entry,
        ScaleInstruction,
        [
            Scale("effectiveness", "Насколько эффективной, на ваш взгляд, окажется программа наставничества?"),
            Scale("comfort", "Насколько комфортным вы ожидаете общение с наставляемым?"),
            Scale("mentee-engagement", "Насколько заинтересованным в работе вы видите наставляемого?"),
            Scale("meetings-usefulness", "Насколько полезными, по вашим ожиданиям, будут встречи?"),
            Scale("plan-clarity", "Насколько понятен вам план работы (персонализированная программа наставничества)?"),
            Scale("mentoring-skills", "Насколько вы уверены в своих наставнических компетенциях?"),
            YesNo("trained", "Проходили ли вы обучение наставников?"),
            Open("support-needed", "Какая помощь куратора вам понадобится?"),
        ]);

    private static QuestionnaireInstrument MentorInterim() => new(
        "mentor-interim",
        "Промежуточная анкета наставника",
        RespondentRole.Mentor,
        SurveyWave.Interim,
        ScaleInstruction,
        [
            Scale("comfort", "Насколько комфортно вам общаться с наставляемым?"),
            Scale("mentee-engagement", "Насколько заинтересован и активен наставляемый?"),
            Scale("plan-clarity", "Насколько понятен план работы на оставшийся период?"),
            YesNo("plan-on-track", "Выполняется ли план в намеченные сроки?"),
            Open("difficulties", "Какие трудности возникли в работе пары (группы)?"),
        ]);

    private static QuestionnaireInstrument MentorFinal() => new(
        "mentor-final",
        "Итоговая анкета наставника",
        RespondentRole.Mentor,
        SurveyWave.Final,
        ScaleInstruction,
        [
            Scale("effectiveness", "Эффективность программы наставничества"),
            Scale("comfort", "Комфортность общения с наставляемым"),
            Scale("mentee-engagement", "Заинтересованность и активность наставляемого"),
            Scale("meetings-usefulness", "Полезность встреч"),
            Scale("plan-clarity", "Понятность плана (персонализированной программы наставничества)"),
            Scale("mentoring-skills", "Уверенность в своих наставнических компетенциях"),
            Scale("expectations-met", "В какой мере оправдались ваши ожидания от программы?"),
            YesNo("mentor-again", "Готовы ли вы быть наставником в следующем году?"),
            Open("practice", "Какую практику работы пары (группы) вы предложили бы в методическую копилку?"),
        ]);

    private static QuestionnaireInstrument CoordinatorInterim() => new(
        "coordinator-interim",
        "Промежуточная оценка куратора",
        RespondentRole.Coordinator,
        SurveyWave.Interim,
        ScaleInstruction,
        [
            Scale("interaction", "Качество взаимодействия в паре (группе)"),
            Scale("plan-execution", "Выполнение плана персонализированной программы в срок"),
            YesNo("support-needed", "Нужна ли паре (группе) дополнительная поддержка?"),
            Open("notes", "Замечания куратора"),
        ]);

    private static QuestionnaireInstrument CoordinatorFinal() => new(
        "coordinator-final",
        "Итоговая оценка куратора",
        RespondentRole.Coordinator,
        SurveyWave.Final,
        ScaleInstruction,
        [
            Scale("interaction", "Качество взаимодействия в паре (группе)"),
            Scale("plan-execution", "Выполнение плана персонализированной программы"),
            Scale("mentee-growth", "Профессиональный рост наставляемого"),
            Scale("reporting", "Своевременность и качество отчётности"),
            YesNo("best-practice", "Рекомендуется ли опыт пары (группы) в методическую копилку?"),
            Open("notes", "Замечания и предложения куратора"),
        ]);
}
