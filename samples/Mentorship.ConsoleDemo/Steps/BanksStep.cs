using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Mentorship.SampleData;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>Roadmap items 2.1 and 2.2: the institution forms its mentee and mentor banks.</summary>
internal sealed class BanksStep : IDemoStep
{
    public string Title => "2.1–2.2. Банк наставляемых и банк наставников";

    /// <summary>From the personal-data consents to the end of the spring intake window.</summary>
    public DateInterval Span { get; } = new(DemoData.ConsentDate, DemoData.IntakeDate);

    public void Run(DemoState state, IAnsiConsole console)
    {
        state.Lived.AdmitBanks();

        ShowMentees(state, console);
        ShowMentors(state, console);
        ShowRefusals(state, console);
    }

    private static void ShowMentees(DemoState state, IAnsiConsole console)
    {
        var table = new Table().Title($"Банк наставляемых {state.Year} (окно приёма {Dates(state.MenteeBank.Window.For(state.Year))})")
            .AddColumns("ID", "ФИО", "Мол. спец.", "Запросы (первый — ключевой)", "Основания");
        foreach (var entry in state.MenteeBank.Entries)
        {
            var requests = string.Join("; ", entry.Requests.Topics.Select((t, i) => i == 0 ? $"[bold]{Markup.Escape(state.TopicTitle(t))}[/]" : Markup.Escape(state.TopicTitle(t))));
            table.AddRow(
                entry.Id.Value,
                Markup.Escape(entry.Educator.PersonalData.FullName),
                entry.Educator.IsYoungSpecialistOn(DemoData.IntakeDate) ? "да" : "нет",
                requests,
                string.Join(", ", entry.Reasons.Select(Reason)));
        }

        console.Write(table);
    }

    private static void ShowMentors(DemoState state, IAnsiConsole console)
    {
        var table = new Table().Title($"Банк наставников {state.Year}")
            .AddColumns("ID", "ФИО", "Стаж, лет", "Компетенции (уровень 1–3)", "Мест");
        foreach (var entry in state.MentorBank.Entries)
        {
            table.AddRow(
                entry.Id.Value,
                Markup.Escape(entry.Educator.PersonalData.FullName),
                entry.Educator.TeachingYearsOn(DemoData.IntakeDate).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("; ", entry.Competencies.Claims.Select(c => $"{state.TopicTitle(c.Topic)} ({c.Level})"))),
                entry.Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static void ShowRefusals(DemoState state, IAnsiConsole console)
    {
        // A late application without consent and with a repeated topic: every broken rule is named, nothing is stored.
        var late = DemoData.MenteeApplications[0] with
        {
            Educator = new Educator(EducatorId.From("S99"), state.Organization.Id, new PersonalData("Новиков Олег", new LocalDate(2002, 1, 5)), "педагог", null, QualificationCategory.None),
            Consent = null,
            Requests = [TopicCode.From("digital"), TopicCode.From("digital")],
        };
        var outcome = state.MenteeBank.Admit(late, new LocalDate(state.Year, 10, 12));
        console.MarkupLine("[grey]Заявка S99 от 12.10 отклонена:[/]");
        foreach (var violation in outcome.Rejection.Violations)
        {
            console.MarkupLine($"  [red]✗[/] {Markup.Escape(violation.Code)}: {Markup.Escape(violation.Message)}");
        }

        var stats = state.MenteeBank.GetStatistics();
        console.MarkupLine($"В банке наставляемых: {stats.Active}, наставников: {state.MentorBank.Count}. Один человек (T07) есть в обоих банках: обратное наставничество.");
    }

    private static string Dates(DateInterval interval) => $"{interval.Start:dd.MM}–{interval.End:dd.MM}";

    private static string Reason(MentoringReason reason) => reason switch
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
}
