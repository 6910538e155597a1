using System.Globalization;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;
using NodaTime;
using Spectre.Console;
using static Mentorship.SampleData.Year.PairingDemoData;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>
/// Roadmap items 1.1 and 2.4: the matching result becomes pairs and groups with the participants' written consents,
/// fixed by an order; a personalised programme on working days; support and the continued search for the mentee
/// without a pair; a new hire joining a running group by an order; one pair ended early and one mentor replaced, with the dates the production calendar gives.
/// </summary>
internal sealed class PairingStep : IDemoStep
{
    private static readonly EducatorId S01 = EducatorId.From("S01");
    private static readonly EducatorId S03 = EducatorId.From("S03");
    private static readonly EducatorId T04 = EducatorId.From("T04");

    public string Title => "1.1, 2.4. Пары и группы: приказ, программа, поддержка, состав группы, досрочное прекращение, замена наставника";

    /// <summary>From the proposals in August to the notice of the mentor replacement in January.</summary>
    public DateInterval Span { get; } = new(ProposedOn, ReplacementNoticeOn);

    public void Run(DemoState state, IAnsiConsole console)
    {
        var year = state.Lived;
        var width = Math.Clamp(console.Profile.Width, RenderedDocument.MinWidth, 110);

        // The matching result (the same problem as the matching step) becomes proposals; its group proposals become groups.
        var units = year.ProposePairs();
        var register = year.Pairing!;
        var previous = year.PreviousPairing;
        console.MarkupLine(
            $"Журнал {register.Year}/{register.Year + 1} сверяется с журналом {previous.Year}/{previous.Year + 1} "
            + $"({Count(previous.Units.Count, "пара", "пары", "пар")}): места наставников и одна пара на наставляемого считаются по обоим.");
        console.MarkupLine(
            $"Из результата подбора предложено [bold]{Count(units.Count(u => !u.IsGroup), "пара", "пары", "пар")}[/] и [bold]{Count(units.Count(u => u.IsGroup), "группа", "группы", "групп")}[/] "
            + $"на срок {Short(SchoolYear.Start)}–{Short(SchoolYear.End)}; места наставников — из банка (группа занимает одно место).");

        // One art. 351.8 agreement per mentor and form; one mentee signs late, and the order waits for every consent.
        year.SignAgreements();
        var refused = register.IssueFixingOrder(FixingOrder, units.Select(u => u.Id));
        console.MarkupLine("[grey]Приказ не издаётся, пока не получены все письменные согласия:[/]");
        foreach (var v in refused.Rejection.Violations)
        {
            console.MarkupLine($"  [red]✗[/] {Markup.Escape(v.Code)}: {Markup.Escape(v.Message)}");
        }

        var order = year.FixPairs()!;
        var directory = ParticipantDirectory.FromBanks(state.MenteeBank, state.MentorBank, order.Date);
        Print(console, PairingOrderDocument.Render(register, order, state.Organization, directory, Signatures, width));
        year.DrawProgrammes();
        ShowProgramme(state, console, register, directory, width);
        ShowSupport(console, year.OpenSupport());
        JoinGroup(state, console, register, width);
        EndEarly(state, console, register, directory, width);
        ContinueSearch(state, console, register);
        Replace(state, console, register, width);
        ShowRegister(console, register, state);
    }

    private static void ShowProgramme(DemoState state, IAnsiConsole console, PairingRegister register, ParticipantDirectory directory, int width)
    {
        var unit = register.UnitOfMenteeOn(S03, SchoolYear.Start)!;
        var program = state.Programmes.Single(p => p.UnitId == unit.Id);
        var meetings = program.Plan;
        console.MarkupLine(
            $"Программы составлены для всех {Count(state.Programmes.Count, "пары и группы", "пар и групп", "пар и групп")}. Программа пары № {unit.Id}: стандартная последовательность встреч на рабочих днях — знакомство {Short(meetings[0].Date)}, "
            + $"пробная встреча {Short(meetings[1].Date)}, планирование {Short(meetings[2].Date)}, {meetings.Count - 4} рабочих встреч, итоговая {Short(meetings[^1].Date)}.");
        Print(console, ProgramDocument.Render(program, unit, state.Organization, directory, Signatures, width));
    }

    private static void ShowSupport(IAnsiConsole console, IReadOnlyList<SupportPlan> plans)
    {
        foreach (var plan in plans)
        {
            var table = new Table().Title($"Сопровождение {Markup.Escape(plan.Mentee.Value)} без наставника: {Markup.Escape(PairingWording.Of(plan.Cause))}")
                .AddColumns("Дата", "Мероприятие", "Кто");
            foreach (var m in plan.Measures.Take(5))
            {
                table.AddRow(Short(m.Date), Markup.Escape(m.Activity), Markup.Escape(PairingWording.Of(m.Role)));
            }

            console.Write(table);
        }
    }

    private static void JoinGroup(DemoState state, IAnsiConsole console, PairingRegister register, int width)
    {
        // A new hire in October joins T01's running adaptation group: the fixing order fixed its composition, so a new order changes it.
        var joiner = NewHire.Educator.Id;
        var order = state.Lived.JoinGroup()!;
        var group = register.UnitOfMenteeOn(S01, JoinsOn)!;
        console.MarkupLine(
            $"[bold]Новый сотрудник {joiner}[/] (принят в банк {Short(NewHireOverride.DecidedOn)} по решению куратора вне окна приёма) входит в группу № {group.Id} "
            + $"с {Short(JoinsOn)} ({Weekday(JoinsOn)}): состав закреплён приказом, поэтому меняется тоже приказом; место наставника {group.Mentor} прежнее ({register.LoadOn(group.Mentor, JoinsOn)}/{register.CapacityOf(group.Mentor)}).");
        var directory = ParticipantDirectory.FromBanks(state.MenteeBank, state.MentorBank, order.Date);
        Print(console, PairingOrderDocument.Render(register, order, state.Organization, directory, Signatures, width));
    }

    private static void EndEarly(DemoState state, IAnsiConsole console, PairingRegister register, ParticipantDirectory directory, int width)
    {
        // T07 reached the goal early: the employer gives notice on Friday 30 October; 4 November is a public holiday.
        var (unit, order) = state.Lived.EndEarly()!.Value;
        var lastDay = unit.LastDay!.Value;
        console.MarkupLine($"[bold]Досрочное прекращение пары № {unit.Id}[/] (цель достигнута досрочно):");
        ShowNotice(console, register.Calendar, EarlyEndNoticeOn, lastDay);
        Print(console, PairingOrderDocument.Render(register, order, state.Organization, directory, Signatures, width));
        console.MarkupLine($"Место наставника {unit.Mentor} свободно с {Short(lastDay.PlusDays(1))}.");
    }

    private static void ContinueSearch(DemoState state, IAnsiConsole console, PairingRegister register)
    {
        // A new mentor comes in November: the event is a trigger for the continued search.
        var decided = NewMentorOverride.DecidedOn;
        var (search, units) = state.Lived.ContinueSearch()!.Value;
        var trigger = state.MentorBank.PendingEvents[^1];
        var from = register.Calendar.AddWorkingDays(decided, 5);
        console.MarkupLine(
            $"Новый наставник {NewMentor.Educator.Id} ({Short(decided)}, по решению куратора вне окна приёма) — повод продолжить поиск: "
            + $"{(ContinuedSearch.IsTrigger(trigger) ? "да" : "нет")}. Подбор с сохранением действующих пар ({search.Result.KeptPairs.Count}) на срок {Short(from)}–{Short(SchoolYear.End)}:");
        foreach (var (unit, order) in units)
        {
            console.MarkupLine(
                $"  [green]✓[/] {unit.Mentor} — {string.Join(", ", unit.Mentees)} (балл {unit.MatchScore}): пара № {unit.Id}, приказ № {Markup.Escape(order.Number)} от {Short(order.Date)}, с {Short(from)}.");
            foreach (var plan in state.SupportPlans.Where(p => unit.Mentees.Contains(p.Mentee)))
            {
                console.MarkupLine($"    План сопровождения {plan.Mentee} закрыт: наставник найден.");
            }
        }

        foreach (var unmatched in search.Result.Unmatched)
        {
            console.MarkupLine($"  [grey]{unmatched.Mentee}: поиск продолжается ({Markup.Escape(unmatched.Message)})[/]");
        }
    }

    private static void Replace(DemoState state, IAnsiConsole console, PairingRegister register, int width)
    {
        // T08 leaves the job; notice on Monday 11 January 2027; T04 has a place again since T07's pair ended.
        var (unit, previous, order) = state.Lived.ReplaceMentor()!.Value;
        var effective = unit.Replacements[^1].EffectiveOn;
        var lastDay = effective.PlusDays(-1);
        console.MarkupLine($"[bold]Замена наставника в паре № {unit.Id}[/] (увольнение наставника {previous}); новый наставник {T04} (его место свободно после досрочного прекращения; с {Short(effective)} занято {register.LoadOn(T04, effective)}/{register.CapacityOf(T04)}).");
        ShowNotice(console, register.Calendar, ReplacementNoticeOn, lastDay);
        console.MarkupLine($"Новый наставник с {Short(effective)} ({Weekday(effective)}); срок программы прежний: {Short(unit.Period.Start)}–{Short(unit.Period.End)}.");
        var directory = ParticipantDirectory.FromBanks(state.MenteeBank, state.MentorBank, order.Date);
        Print(console, PairingOrderDocument.Render(register, order, state.Organization, directory, Signatures, width));
    }

    private static void ShowRegister(IAnsiConsole console, PairingRegister register, DemoState state)
    {
        var table = new Table().Title($"Журнал пар и групп {state.Year}/{state.Year + 1}").AddColumns("№", "Вид", "Наставник", "Наставляемые", "Статус", "Последний день");
        foreach (var u in register.Units)
        {
            var mentors = string.Join(" → ", u.Replacements.Select(r => r.PreviousMentor.Value).Append(u.Mentor.Value));
            table.AddRow(u.Id.Value, u.IsGroup ? "группа" : "пара", mentors, string.Join(", ", u.Mentees), PairingWording.Of(u.Status), u.LastDay is { } d ? Short(d) : "—");
        }

        console.Write(table);
        var loads = state.MentorBank.Entries.Select(e => $"{e.Id} {register.LoadOn(e.Id, new LocalDate(state.Year + 1, 2, 1))}/{register.CapacityOf(e.Id)}");
        console.MarkupLine("[grey]Нагрузка наставников на 01.02 (занято/мест): " + string.Join(", ", loads) + "[/]");
    }

    private static void ShowNotice(IAnsiConsole console, IWorkingDayCalendar calendar, LocalDate notice, LocalDate lastDay)
    {
        var counted = new List<string>();
        var skipped = new List<string>();
        for (var d = notice.PlusDays(1); d <= lastDay; d = d.PlusDays(1))
        {
            var kind = calendar.GetDayKind(d);
            (calendar.IsWorkingDay(d) ? counted : skipped).Add($"{Short(d)} ({Weekday(d)}{(calendar.IsWorkingDay(d) ? string.Empty : kind == DayKind.Holiday ? ", праздник" : ", выходной")})");
        }

        console.MarkupLine($"  уведомление: {Short(notice)} ({Weekday(notice)}); день уведомления не считается (ст. 14 ТК РФ)");
        console.MarkupLine($"  рабочие дни срока: {string.Join(", ", counted)}");
        if (skipped.Count > 0)
        {
            console.MarkupLine($"  не считаются: {string.Join(", ", skipped)}");
        }

        console.MarkupLine($"  последний день наставничества — не ранее [bold]{Short(lastDay)}[/] ({Weekday(lastDay)}), по производственному календарю");
    }

    private static void Print(IAnsiConsole console, RenderedDocument document)
    {
        console.Write(new Rule($"[grey]{Markup.Escape(document.Title)}[/]").LeftJustified());
        console.WriteLine(document.PlainText);
    }

    private static string Count(int n, string one, string few, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n % 100 is >= 11 and <= 14 ? many : (n % 10) switch { 1 => one, 2 or 3 or 4 => few, _ => many });

    private static string Short(LocalDate date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Weekday(LocalDate date) =>
        new[] { "пн", "вт", "ср", "чт", "пт", "сб", "вс" }[(int)date.DayOfWeek - 1];
}
