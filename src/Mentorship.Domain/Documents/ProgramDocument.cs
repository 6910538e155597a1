using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Documents;

/// <summary>
/// Renders a personalised programme as Russian text in the structure of the domain guide §8: general data
/// (organisation; mentor and mentees with post, experience and category; form; period; basis: the order's number and
/// date), the difficulties, strengths and request of each mentee, goal and tasks, the plan table (direction, activity,
/// form, date, responsible, expected product, done mark), expected results, reporting forms, the evaluation once
/// completed, and the signatures (mentor, mentees, coordinator; the head approves). Changes nothing.
/// </summary>
public static class ProgramDocument
{
    /// <summary>Renders a programme.</summary>
    /// <param name="program">The programme.</param>
    /// <param name="unit">Its pair or group (for the mentor, the order and the replacements).</param>
    /// <param name="organization">The organisation.</param>
    /// <param name="directory">Where the participants' names, posts, experience and categories are found.</param>
    /// <param name="signatures">The head who approves and the coordinator who signs.</param>
    /// <param name="plainTextWidth">The width of the plain text, from <see cref="RenderedDocument.MinWidth"/>; <see cref="RenderedDocument.DefaultWidth"/> by default.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentException">The unit is not the programme's.</exception>
    public static RenderedDocument Render(
        PersonalizedProgram program, MentoringUnit unit, Organization organization, ParticipantDirectory directory, OrderSignatures signatures, int plainTextWidth = RenderedDocument.DefaultWidth)
    {
        Guard.Against.Null(program);
        Guard.Against.Null(unit);
        Guard.Against.Null(organization);
        Guard.Against.Null(directory);
        Guard.Against.Null(signatures);
        Guard.Against.OutOfRange(plainTextWidth, nameof(plainTextWidth), RenderedDocument.MinWidth, 1000);
        if (unit.Id != program.UnitId)
        {
            throw new System.ArgumentException($"The unit {unit.Id} is not the programme's ({program.UnitId}).", nameof(unit));
        }

        var anonymity = PairingAnonymity.None;
        var group = unit.IsGroup;
        var blocks = new LayoutBlocks(plainTextWidth)
            .Approval($"{signatures.Head.Post} {organization.ShortName}", signatures.Head.FullName, program.ApprovedOn is { } approved ? RussianPhrases.Long(approved) : "«___» __________ 20__ г.")
            .Title("Персонализированная программа наставничества")
            .Centered($"наставническая {(group ? "группа" : "пара")} №\u00a0{unit.Id}");

        blocks.Heading("1. Общие сведения");
        var rows = new List<IReadOnlyList<string>>
        {
            Row("Образовательная организация", organization.FullName),
            Row("Наставник", directory.NameWithDetails(unit.Mentor, anonymity) + External(directory, unit, unit.Mentor)),
        };
        rows.AddRange(program.Mentees.Select(m => Row(group ? "Наставляемый (член группы)" : "Наставляемый", directory.NameWithDetails(m, anonymity))));
        rows.Add(Row(
            "Форма наставничества",
            RussianPhrases.Form(program.Form) + "; " + RussianPhrases.Participants(unit.Participants) + (unit.Variant is { } v ? " (" + RussianPhrases.Variant(v) + ")" : string.Empty)));
        var months = Period.Between(program.Period.Start, program.Period.End.PlusDays(1), PeriodUnits.Months).Months;
        rows.Add(Row(
            "Срок реализации",
            $"{RussianPhrases.Period(program.Period)} ({RussianPhrases.Months(months)})"
            + (program.PeriodWarningAcknowledged ? "; срок вне рекомендуемых 3–12 месяцев согласован куратором" : string.Empty)));
        rows.Add(Row(
            "Основание",
            unit.FixingOrder is { } order ? $"приказ от {RussianPhrases.Short(order.Date)} №\u00a0{order.Number} о закреплении наставнических пар (групп)" : "приказ о закреплении не издан"));
        foreach (var r in unit.Replacements)
        {
            rows.Add(Row(
                "Замена наставника",
                $"с {RussianPhrases.Short(r.EffectiveOn)}: {directory.Mentor(unit, r.PreviousMentor, anonymity, withPost: false)} → {directory.Mentor(unit, r.NewMentor, anonymity, withPost: false)} "
                + $"(приказ от {RussianPhrases.Short(r.Order.Date)} №\u00a0{r.Order.Number}); срок программы сохранён"));
        }

        foreach (var j in unit.Joinings)
        {
            rows.Add(Row(
                "Изменение состава группы",
                $"с {RussianPhrases.Short(j.FirstDay)} включён: {directory.Name(j.Mentee, anonymity)} (приказ от {RussianPhrases.Short(j.Order.Date)} №\u00a0{j.Order.Number})"));
        }

        foreach (var l in unit.Leavings)
        {
            rows.Add(Row(
                "Изменение состава группы",
                $"с {RussianPhrases.Short(l.LastDay.PlusDays(1))} исключён: {directory.Name(l.Mentee, anonymity)} в связи с {RussianPhrases.Grounds(l.Grounds)} "
                + $"(приказ от {RussianPhrases.Short(l.Order.Date)} №\u00a0{l.Order.Number})"));
        }

        blocks.Table(["Сведения", "Содержание"], rows);

        blocks.Heading("2. Профессиональные затруднения, сильные стороны и запрос наставляемого");
        foreach (var d in program.Diagnoses)
        {
            if (group)
            {
                blocks.Paragraph("Наставляемый: " + directory.Name(d.Mentee, anonymity));
            }

            blocks.Item("–", "Затруднения: " + List(d.Difficulties));
            blocks.Item("–", "Сильные стороны: " + List(d.Strengths));
            blocks.Item("–", "Запрос: " + d.Request);
        }

        if (program.ErasedMentees > 0)
        {
            blocks.Paragraph("Сведения о " + RussianPhrases.Count(program.ErasedMentees, "наставляемом", "наставляемых", "наставляемых") + " удалены (отзыв согласия на обработку персональных данных).");
        }

        blocks.Heading("3. Цель и задачи");
        blocks.Paragraph("Цель: " + program.Goal);
        blocks.Paragraph("Задачи:");
        var n = 1;
        foreach (var task in program.Tasks)
        {
            blocks.Item(n++.ToString(CultureInfo.InvariantCulture) + ")", task);
        }

        blocks.Heading("4. План мероприятий");
        blocks.Table(
            ["№", "Направление", "Мероприятие", "Форма", "Срок", "Ответственный", "Ожидаемый результат (продукт)", "Отметка о выполнении"],
            program.Plan.Select((item, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                item.Direction,
                item.Activity,
                item.Form,
                RussianPhrases.Short(item.Date),
                RussianPhrases.Responsible(item.Responsible, group),
                item.ExpectedProduct,
                item.DoneOn is { } done ? "выполнено " + RussianPhrases.Short(done) + (item.DoneNote is { } note ? " (" + note + ")" : string.Empty) : string.Empty,
            ]));

        blocks.Heading("5. Ожидаемые результаты");
        foreach (var result in program.ExpectedResults)
        {
            blocks.Item("–", result);
        }

        blocks.Heading("6. Формы отчётности");
        foreach (var form in program.ReportingForms)
        {
            blocks.Item("–", form);
        }

        if (program.Evaluation is { } e)
        {
            var execution = program.ExecutionOn(e.CompletedOn);
            blocks.Heading("7. Итоги реализации программы");
            blocks.Item("–", $"Дата завершения: {RussianPhrases.Short(e.CompletedOn)}.");
            blocks.Item("–", $"Программа {RussianPhrases.Outcome(e.Outcome)}; выполнено мероприятий плана: {execution.Done} из {execution.Due}.");
            blocks.Item("–", "Выводы: " + e.Conclusions);
            if (e.Recommendations is { } rec)
            {
                blocks.Item("–", "Рекомендации: " + rec);
            }
        }
        else if (program.ClosedOn is { } closed)
        {
            blocks.Heading("7. Итоги реализации программы");
            blocks.Paragraph($"Программа прекращена {RussianPhrases.Short(closed)} в связи с досрочным прекращением наставничества.");
        }

        blocks.Signature("Наставник", directory.Name(unit.Mentor, anonymity));
        foreach (var m in program.Mentees)
        {
            blocks.Signature(group ? "Наставляемый (член группы)" : "Наставляемый", directory.Name(m, anonymity));
        }

        blocks.Signature("Куратор (" + signatures.Responsible.Post + ")", signatures.Responsible.FullName);
        return RenderedDocument.From($"Персонализированная программа наставничества № {unit.Id}", blocks);
    }

    private static IReadOnlyList<string> Row(string name, string value) => [name, value];

    private static string External(ParticipantDirectory directory, MentoringUnit unit, EducatorId mentor) =>
        unit.ExternalMentors.TryGetValue(mentor, out var organization) ? "; наставник из другой организации: " + directory.OrganizationName(organization) : string.Empty;

    private static string List(IReadOnlyList<string> texts) => texts.Count == 0 ? "не выявлены" : string.Join("; ", texts);
}
