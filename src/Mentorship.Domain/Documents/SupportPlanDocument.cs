using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Documents;

/// <summary>
/// Renders the plan of psychological and pedagogical support of a mentee left without a pair or group, with the
/// continued search for a mentor (roadmap item 2.4), as Russian text: general data (organisation; the mentee with
/// post, experience and category; the school year; the date opened; why the mentee is without a pair; the state of the
/// plan), the measures table (activity, form, date, who carries it out, done mark), the runs of the continued search,
/// the result once closed, and the signatures (the coordinator; the mentee acquainted; the head approves). Changes
/// nothing.
/// </summary>
/// <remarks>
/// The mentee is printed from the <see cref="ParticipantDirectory"/>; an erased one as
/// <see cref="ParticipantDirectory.ErasedWording"/>. Roles, never people, carry out the measures.
/// </remarks>
public static class SupportPlanDocument
{
    /// <summary>Renders a support plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="organization">The organisation.</param>
    /// <param name="directory">Where the mentee's name, post, experience and category are found.</param>
    /// <param name="signatures">The head who approves and the coordinator who signs.</param>
    /// <param name="plainTextWidth">The width of the plain text, from <see cref="RenderedDocument.MinWidth"/>; <see cref="RenderedDocument.DefaultWidth"/> by default.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentException">The plan is of another organisation.</exception>
    public static RenderedDocument Render(
        SupportPlan plan, Organization organization, ParticipantDirectory directory, OrderSignatures signatures, int plainTextWidth = RenderedDocument.DefaultWidth)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(organization);
        Guard.Against.Null(directory);
        Guard.Against.Null(signatures);
        Guard.Against.OutOfRange(plainTextWidth, nameof(plainTextWidth), RenderedDocument.MinWidth, 1000);
        if (plan.OrganizationId != organization.Id)
        {
            throw new System.ArgumentException($"The plan is of {plan.OrganizationId}, not of {organization.Id}.", nameof(organization));
        }

        var anonymity = PairingAnonymity.None;
        var mentee = directory.Name(plan.Mentee, anonymity);
        var blocks = new LayoutBlocks(plainTextWidth)
            .Approval($"{signatures.Head.Post} {organization.ShortName}", signatures.Head.FullName, "«___» __________ 20__ г.")
            .Title("План психолого-педагогической поддержки наставляемого")
            .Centered("и продолжения поиска наставника");

        blocks.Heading("1. Общие сведения");
        blocks.Table(
            ["Сведения", "Содержание"],
            [
                Row("Образовательная организация", organization.FullName),
                Row("Наставляемый", directory.NameWithDetails(plan.Mentee, anonymity)),
                Row("Учебный год", $"{plan.Year.ToString(CultureInfo.InvariantCulture)}/{(plan.Year + 1).ToString(CultureInfo.InvariantCulture)}"),
                Row("Дата открытия плана", RussianPhrases.Short(plan.OpenedOn)),
                Row("Причина отсутствия наставника", RussianPhrases.Cause(plan.Cause)),
                Row("Состояние плана", State(plan)),
            ]);

        blocks.Heading("2. Мероприятия психолого-педагогической поддержки");
        blocks.Table(
            ["№", "Мероприятие", "Форма", "Срок", "Ответственный", "Отметка о выполнении"],
            plan.Measures.Select((m, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                m.Activity,
                m.Form,
                RussianPhrases.Short(m.Date),
                RussianPhrases.Role(m.Role),
                m.DoneOn is { } done ? "выполнено " + RussianPhrases.Short(done) : string.Empty,
            ]));
        var done = plan.Measures.Count(m => m.DoneOn is not null);
        blocks.Paragraph($"Выполнено мероприятий: {done.ToString(CultureInfo.InvariantCulture)} из {plan.Measures.Count.ToString(CultureInfo.InvariantCulture)}.");

        blocks.Heading("3. Продолжение поиска наставника");
        if (plan.Searches.Count == 0)
        {
            blocks.Paragraph("Повторный подбор наставника ещё не проводился.");
        }
        else
        {
            blocks.Table(
                ["№", "Дата", "Результат повторного подбора"],
                plan.Searches.Select((s, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    RussianPhrases.Short(s.On),
                    s.Found ? "наставник подобран" : "наставник не найден" + (s.Reason is { } reason ? ": " + RussianPhrases.Cause(reason) : string.Empty),
                ]));
        }

        if (plan.Status != SupportPlanStatus.Open)
        {
            blocks.Heading("4. Итоги");
            blocks.Paragraph(plan.Status == SupportPlanStatus.PairFound
                ? $"Наставник найден: наставляемый включён в наставническую пару (группу) №\u00a0{plan.Unit} с {RussianPhrases.Short(plan.ClosedOn!.Value)}; план поддержки закрыт."
                : $"План поддержки закрыт {RussianPhrases.Short(plan.ClosedOn!.Value)} (наставляемый выбыл из банка наставляемых или из организации).");
        }

        blocks.Signature("Куратор (" + signatures.Responsible.Post + ")", signatures.Responsible.FullName);
        blocks.Paragraph("С планом ознакомлен(а):");
        blocks.Signature("Наставляемый", mentee);
        return RenderedDocument.From($"План поддержки наставляемого, {RussianPhrases.Short(plan.OpenedOn)}", blocks);
    }

    private static IReadOnlyList<string> Row(string name, string value) => [name, value];

    private static string State(SupportPlan plan) => plan.Status switch
    {
        SupportPlanStatus.Open => "действует: поддержка оказывается, поиск наставника продолжается",
        SupportPlanStatus.PairFound => $"закрыт {RussianPhrases.Short(plan.ClosedOn!.Value)}: наставник найден",
        _ => $"закрыт {RussianPhrases.Short(plan.ClosedOn!.Value)}",
    };
}
