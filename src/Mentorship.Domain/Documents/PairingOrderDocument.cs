using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Documents;

/// <summary>
/// Renders the orders a <see cref="PairingRegister"/> issued as Russian text in the structure of the domain guide §8:
/// the order fixing pairs and groups (number, date, organisation; table of mentor, mentees, form and period; the line
/// that the written consents were received; who is responsible; the head's signature), the order replacing a mentor
/// the order ending a pair or group early, and the order changing a group's composition (a mentee added, released
/// or moved). Reads the register; changes nothing.
/// </summary>
/// <remarks>
/// People are printed from the <see cref="ParticipantDirectory"/>; names are in the nominative («Наставник: …»), so no
/// declension is needed. Anonymised people are printed as «(данные удалены по отзыву согласия)»
/// (<see cref="ParticipantDirectory.ErasedWording"/>); a mentor from another organisation is followed by «наставник из
/// другой организации: …».
/// </remarks>
public static class PairingOrderDocument
{
    /// <summary>The number of working days given to draw up the programmes after the fixing order.</summary>
    public const int ProgrammeDraftingWorkingDays = 10;

    /// <summary>Renders an order of the register.</summary>
    /// <param name="register">The register that issued it.</param>
    /// <param name="order">The order.</param>
    /// <param name="organization">The organisation.</param>
    /// <param name="directory">Where the participants' names and posts are found.</param>
    /// <param name="signatures">The head who signs and the person responsible.</param>
    /// <param name="plainTextWidth">The width of the plain text, from <see cref="RenderedDocument.MinWidth"/>; <see cref="RenderedDocument.DefaultWidth"/> by default.</param>
    /// <returns>The document.</returns>
    /// <exception cref="System.ArgumentException">The order is not one of the register's.</exception>
    /// <exception cref="Calendar.UnknownProductionYearException">The register's calendar does not know a year of the drafting period.</exception>
    public static RenderedDocument Render(
        PairingRegister register, AdministrativeOrder order, Organization organization, ParticipantDirectory directory, OrderSignatures signatures, int plainTextWidth = RenderedDocument.DefaultWidth)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(order);
        Guard.Against.Null(organization);
        Guard.Against.Null(directory);
        Guard.Against.Null(signatures);
        Guard.Against.OutOfRange(plainTextWidth, nameof(plainTextWidth), RenderedDocument.MinWidth, 1000);
        if (!register.Orders.Contains(order))
        {
            throw new System.ArgumentException($"The order {order.Number} is not one of this register's.", nameof(order));
        }

        var context = new Context(register, organization, directory, new PairingAnonymity(register.IsAnonymised), $"{signatures.Responsible.Post} {signatures.Responsible.FullName}");
        var units = order.Units.Select(id => register[id]).ToArray();
        var blocks = new LayoutBlocks(plainTextWidth)
            .Centered(organization.FullName)
            .Title("Приказ")
            .Split(RussianPhrases.Short(order.Date), "№\u00a0" + order.Number);
        switch (order.Kind)
        {
            case OrderKind.FixingUnits:
                Fixing(blocks, context, order, units);
                break;
            case OrderKind.MentorReplacement:
                Replacement(blocks, context, order, units[0]);
                break;
            case OrderKind.GroupMembershipChange:
                Membership(blocks, context, order, units);
                break;
            default:
                Termination(blocks, context, order, units[0]);
                break;
        }

        blocks.Signature(signatures.Head.Post, signatures.Head.FullName);
        blocks.Paragraph("С приказом ознакомлены:");
        foreach (var person in AcquaintedPeople(order, units))
        {
            blocks.Signature(context.Directory.Name(person, context.Anonymity), "«___» __________ 20__ г.");
        }

        return RenderedDocument.From($"Приказ № {order.Number} от {RussianPhrases.Short(order.Date)}", blocks);
    }

    private static void Fixing(LayoutBlocks blocks, Context c, AdministrativeOrder order, MentoringUnit[] units)
    {
        blocks.Heading(units.Any(u => u.IsGroup) ? "О закреплении наставнических пар и групп" : "О закреплении наставнических пар");
        blocks.Paragraph(
            "В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации, Положением о системе наставничества педагогических работников "
            + $"{c.Organization.ShortName} и дорожной картой внедрения системы наставничества, на основании письменного согласия участников")
            .Paragraph("ПРИКАЗЫВАЮ:");
        blocks.Item("1.", "Закрепить наставнические пары (группы) на указанные сроки:");
        blocks.Table(
            ["№", "Наставник", "Наставляемый (наставляемые)", "Форма наставничества", "Срок"],
            units.Select((u, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.Directory.Mentor(u, u.Mentor, c.Anonymity),
                string.Join("; ", u.Mentees.Select(m => c.Directory.NameAndPost(m, c.Anonymity))),
                FormText(u),
                RussianPhrases.Period(u.Period),
            ]));
        var agreements = units
            .Where(u => u.MentorAgreement is not null)
            .Select(u => $"{c.Directory.Name(u.Mentor, c.Anonymity)} — {AgreementText(u.MentorAgreement!)}")
            .Distinct();
        blocks.Item(
            "2.",
            "Письменные согласия участников получены: наставников — на выполнение наставнической деятельности в соответствии со статьёй 351.8 "
            + "Трудового кодекса Российской Федерации с указанием содержания, сроков, формы и оплаты (" + string.Join("; ", agreements) + "); "
            + "наставляемых — на участие в программе наставничества.");
        var pay = units.Where(u => u.MentorAgreement is { PayTerms.MonthlySupplementRoubles: > 0 })
            .GroupBy(u => u.Mentor)
            .Select(g => PayLine(c.Directory.Name(g.Key, c.Anonymity), g.Select(u => u.MentorAgreement!)))
            .ToArray();
        var n = 3;
        if (pay.Length > 0)
        {
            blocks.Item($"{n++}.", "Установить наставникам доплату за наставническую деятельность на условиях дополнительных соглашений: " + string.Join("; ", pay) + ".");
        }

        var due = c.Register.Calendar.AddWorkingDays(order.Date, ProgrammeDraftingWorkingDays);
        blocks.Item(
            $"{n++}.",
            $"Наставникам совместно с наставляемыми в течение {RussianPhrases.WorkingDays(ProgrammeDraftingWorkingDays)} (до {RussianPhrases.Short(due)}) "
            + "разработать персонализированные программы наставничества и представить их на утверждение.");
        blocks.Item($"{n++}.", "Ответственный за организацию наставничества, сопровождение пар (групп) и мониторинг: " + RussianPhrases.Sentence(c.Responsible));
        blocks.Item($"{n}.", "Контроль за исполнением приказа оставляю за собой.");
    }

    private static void Replacement(LayoutBlocks blocks, Context c, AdministrativeOrder order, MentoringUnit unit)
    {
        var r = unit.Replacements.First(x => x.Order == order.Reference);
        var lastDay = r.EffectiveOn.PlusDays(-1);
        blocks.Heading("О замене наставника");
        blocks.Paragraph(
            $"В связи с {RussianPhrases.Grounds(r.Grounds)} (уведомление от {RussianPhrases.Short(r.NoticeGivenOn)}), в соответствии со статьёй 351.8 "
            + $"Трудового кодекса Российской Федерации и Положением о системе наставничества педагогических работников {c.Organization.ShortName}")
            .Paragraph("ПРИКАЗЫВАЮ:");
        blocks.Item(
            "1.",
            $"Прекратить {RussianPhrases.Short(lastDay)} выполнение обязанностей наставника в наставнической {(unit.IsGroup ? "группе" : "паре")} "
            + $"№\u00a0{unit.Id} ({FixingText(unit)}). Наставник: {c.Directory.Mentor(unit, r.PreviousMentor, c.Anonymity)}. "
            + $"{(unit.IsGroup ? "Наставляемые" : "Наставляемый")}: {string.Join("; ", unit.Mentees.Select(m => c.Directory.NameAndPost(m, c.Anonymity)))}.");
        var agreement = r.NewMentor == unit.Mentor && unit.MentorAgreement is { } a ? $" на основании письменного согласия ({AgreementText(a)})" : string.Empty;
        blocks.Item("2.", $"Назначить наставником с {RussianPhrases.Short(r.EffectiveOn)}{agreement}: {c.Directory.Mentor(unit, r.NewMentor, c.Anonymity)}.");
        blocks.Item(
            "3.",
            $"Срок реализации персонализированной программы наставничества сохранить: {RussianPhrases.Period(unit.Period)}. "
            + "Наставнику внести изменения в программу в части ответственных и представить её на утверждение.");
        blocks.Item("4.", "Ответственный за сопровождение наставнической пары (группы): " + RussianPhrases.Sentence(c.Responsible));
        blocks.Item("5.", "Контроль за исполнением приказа оставляю за собой.");
    }

    private static void Termination(LayoutBlocks blocks, Context c, AdministrativeOrder order, MentoringUnit unit)
    {
        var t = unit.EarlyTermination!;
        var notice = c.Register.Policy.NoticeWorkingDays;
        blocks.Heading("О досрочном прекращении наставничества");
        blocks.Paragraph(
            $"В связи с {RussianPhrases.Grounds(t.Grounds)}, на основании уведомления {RussianPhrases.Initiator(t.InitiatedBy)} от {RussianPhrases.Short(t.NoticeGivenOn)} "
            + $"(не менее чем за {RussianPhrases.WorkingDays(notice)}, статья 351.8 Трудового кодекса Российской Федерации) и Положения о системе наставничества "
            + $"педагогических работников {c.Organization.ShortName}")
            .Paragraph("ПРИКАЗЫВАЮ:");
        blocks.Item(
            "1.",
            $"Прекратить досрочно {RussianPhrases.Short(t.EndsOn)} наставничество в {(unit.IsGroup ? "наставнической группе" : "наставнической паре")} №\u00a0{unit.Id} "
            + $"({FixingText(unit)}, срок программы {RussianPhrases.Period(unit.Period)}). Наставник: {c.Directory.Mentor(unit, unit.Mentor, c.Anonymity)}. "
            + $"{(unit.IsGroup ? "Наставляемые" : "Наставляемый")}: {string.Join("; ", unit.Mentees.Select(m => c.Directory.NameAndPost(m, c.Anonymity)))}.");
        blocks.Item("2.", $"Прекратить выплату доплаты за наставническую деятельность с {RussianPhrases.Short(t.EndsOn.PlusDays(1))}.");
        var n = 3;
        if (t.Grounds is not (EarlyTerminationGrounds.GoalReachedEarly or EarlyTerminationGrounds.MenteeLeftJob))
        {
            blocks.Item(
                $"{n++}.",
                $"Организовать психолого-педагогическую поддержку {(unit.IsGroup ? "наставляемых" : "наставляемого")} и продолжить подбор наставника; ответственный: " + RussianPhrases.Sentence(c.Responsible));
        }

        blocks.Item($"{n}.", "Контроль за исполнением приказа оставляю за собой.");
    }

    private static void Membership(LayoutBlocks blocks, Context c, AdministrativeOrder order, MentoringUnit[] units)
    {
        var leavings = units.SelectMany(u => u.Leavings.Where(l => l.Order == order.Reference).Select(l => (Unit: u, Leaving: l))).ToArray();
        var joinings = units.SelectMany(u => u.Joinings.Where(j => j.Order == order.Reference).Select(j => (Unit: u, Joining: j))).ToArray();
        var grounds = leavings.Length > 0 && leavings.All(x => x.Leaving.Grounds != MenteeLeavingGrounds.MovedToAnotherGroup)
            ? "В связи с " + RussianPhrases.Grounds(leavings[0].Leaving.Grounds) + ", в"
            : "В";
        blocks.Heading("Об изменении состава наставнической группы");
        blocks.Paragraph(
            $"{grounds} соответствии с Положением о системе наставничества педагогических работников {c.Organization.ShortName}"
            + (joinings.Length > 0 ? ", на основании письменного согласия наставляемого" : string.Empty))
            .Paragraph("ПРИКАЗЫВАЮ:");
        var n = 1;
        foreach (var (unit, leaving) in leavings)
        {
            blocks.Item(
                $"{n++}.",
                $"Исключить из состава наставнической группы № {unit.Id} ({FixingText(unit)}; наставник: {c.Directory.Mentor(unit, unit.MentorOn(leaving.LastDay) ?? unit.Mentor, c.Anonymity)}) "
                + $"с {RussianPhrases.Short(leaving.LastDay.PlusDays(1))} (последний день участия {RussianPhrases.Short(leaving.LastDay)}): {c.Directory.NameAndPost(leaving.Mentee, c.Anonymity)}.");
        }

        foreach (var (unit, joining) in joinings)
        {
            var consent = unit.MenteeConsents.TryGetValue(joining.Mentee, out var given)
                ? $" на основании письменного согласия от {RussianPhrases.Short(given.SignedOn)}"
                : string.Empty;
            blocks.Item(
                $"{n++}.",
                $"Включить в состав наставнической группы № {unit.Id} ({FixingText(unit)}; наставник: {c.Directory.Mentor(unit, unit.MentorOn(joining.FirstDay) ?? unit.Mentor, c.Anonymity)}) "
                + $"с {RussianPhrases.Short(joining.FirstDay)}{consent}: {c.Directory.NameAndPost(joining.Mentee, c.Anonymity)}.");
        }

        foreach (var unit in units)
        {
            blocks.Item(
                $"{n++}.",
                $"Состав наставнической группы № {unit.Id} после изменения: {string.Join("; ", unit.Mentees.Select(m => c.Directory.Name(m, c.Anonymity)))}. "
                + $"Срок реализации персонализированной программы наставничества сохранить: {RussianPhrases.Period(unit.Period)}; наставнику внести изменения в программу в части состава группы и представить её на утверждение.");
        }

        if (leavings.Any(x => x.Leaving.Grounds is MenteeLeavingGrounds.JustifiedRequestOfMentee or MenteeLeavingGrounds.Other))
        {
            blocks.Item($"{n++}.", "Организовать психолого-педагогическую поддержку исключённого наставляемого и продолжить подбор наставника; ответственный: " + RussianPhrases.Sentence(c.Responsible));
        }

        blocks.Item($"{n++}.", "Ответственный за сопровождение наставнических групп: " + RussianPhrases.Sentence(c.Responsible));
        blocks.Item($"{n}.", "Контроль за исполнением приказа оставляю за собой.");
    }

    private static IEnumerable<EducatorId> AcquaintedPeople(AdministrativeOrder order, MentoringUnit[] units)
    {
        var people = new List<EducatorId>();
        foreach (var u in units)
        {
            if (order.Kind == OrderKind.MentorReplacement && u.Replacements.FirstOrDefault(r => r.Order == order.Reference) is { } r)
            {
                people.Add(r.PreviousMentor);
                people.Add(r.NewMentor);
            }
            else if (order.Kind == OrderKind.GroupMembershipChange)
            {
                people.Add(u.Mentor);
                people.AddRange(u.Leavings.Where(l => l.Order == order.Reference).Select(l => l.Mentee));
            }
            else
            {
                people.Add(u.Mentor);
            }

            people.AddRange(u.Mentees);
        }

        return people.Distinct();
    }

    private static string FormText(MentoringUnit u) =>
        RussianPhrases.Form(u.Form) + "; " + RussianPhrases.Participants(u.Participants) + (u.Variant is { } v ? " (" + RussianPhrases.Variant(v) + ")" : string.Empty);

    private static string FixingText(MentoringUnit u) =>
        u.FixingOrder is { } f ? $"закреплена приказом от {RussianPhrases.Short(f.Date)} №\u00a0{f.Number}" : "не закреплена";

    // One line a mentor: the supplement; a mentor with several agreements (one for each form, say) gets each agreement's
    // supplement with the agreement named, and their sum, as an order on pay would print them.
    private static string PayLine(string name, IEnumerable<MentoringConsent> agreements)
    {
        var distinct = agreements
            .GroupBy(a => (a.AgreementNumber, a.SignedOn, a.Form, a.PayTerms.MonthlySupplementRoubles))
            .Select(g => g.First())
            .ToArray();
        if (distinct.Length == 1)
        {
            return $"{name} — {RussianPhrases.Roubles(distinct[0].PayTerms.MonthlySupplementRoubles)} в месяц";
        }

        var each = distinct.Select(a => $"{RussianPhrases.Roubles(a.PayTerms.MonthlySupplementRoubles)} в месяц ({AgreementText(a)})").ToArray();
        var total = RussianPhrases.Roubles(distinct.Sum(a => a.PayTerms.MonthlySupplementRoubles));
        return $"{name} — {string.Join(", ", each.Take(each.Length - 1))} и {each[^1]}, всего {total} в месяц";
    }

    private static string AgreementText(MentoringConsent a) =>
        (a.AgreementNumber is { } number ? $"дополнительное соглашение №\u00a0{number}" : "письменное согласие") + $" от {RussianPhrases.Short(a.SignedOn)}";

    private sealed class Context(PairingRegister register, Organization organization, ParticipantDirectory directory, PairingAnonymity anonymity, string responsible)
    {
        public PairingRegister Register { get; } = register;

        public Organization Organization { get; } = organization;

        public ParticipantDirectory Directory { get; } = directory;

        public PairingAnonymity Anonymity { get; } = anonymity;

        public string Responsible { get; } = responsible;
    }
}
