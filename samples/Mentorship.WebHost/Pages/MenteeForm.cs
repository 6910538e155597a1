using System.ComponentModel.DataAnnotations;
using Mentorship.Domain.Banks;
using Mentorship.WebHost.Contracts;
using NodaTime;

namespace Mentorship.WebHost.Pages;

/// <summary>The banks page's form for a new mentee; it becomes the same <see cref="MenteeAdmissionInput"/> the API takes.</summary>
public sealed class MenteeForm
{
    [Display(Name = "идентификатор")]
    public string? Id { get; set; }

    [Display(Name = "ФИО")]
    public string? FullName { get; set; }

    [Display(Name = "дата рождения")]
    public DateOnly? BirthDate { get; set; }

    [Display(Name = "должность")]
    public string? Post { get; set; }

    [Display(Name = "педагогический стаж с")]
    public DateOnly? TeachingSince { get; set; }

    [Display(Name = "предметы")]
    public string? Subjects { get; set; }

    [Display(Name = "ключевой запрос")]
    public string? Request1 { get; set; }

    [Display(Name = "второй запрос")]
    public string? Request2 { get; set; }

    [Display(Name = "третий запрос")]
    public string? Request3 { get; set; }

    [Display(Name = "основание наставничества")]
    public MentoringReason Reason { get; set; } = MentoringReason.YoungSpecialist;

    [Display(Name = "согласие получено")]
    public DateOnly? ConsentGivenOn { get; set; }

    [Display(Name = "дата включения в банк")]
    public DateOnly? AdmittedOn { get; set; }

    /// <summary>The coordinator enters the person outside the intake window, for this reason.</summary>
    [Display(Name = "основание решения куратора")]
    public string? OverrideReason { get; set; }

    /// <summary>The mentee bank's version the page showed.</summary>
    [Display(Name = "версия")]
    public int Version { get; set; }

    /// <summary>Where the API's field names land on this form.</summary>
    public static string FormField(string apiField) => apiField switch
    {
        "educator.id" or "id" => nameof(Id),
        "educator.fullName" => nameof(FullName),
        "educator.birthDate" => nameof(BirthDate),
        "educator.post" => nameof(Post),
        "educator.teachingSince" => nameof(TeachingSince),
        "consentGivenOn" => nameof(ConsentGivenOn),
        "admittedOn" => nameof(AdmittedOn),
        _ when apiField.StartsWith("requests", StringComparison.Ordinal) => nameof(Request1),
        _ when apiField.StartsWith("intakeOverride", StringComparison.Ordinal) => nameof(OverrideReason),
        _ => string.Empty,
    };

    public MenteeAdmissionInput ToInput(LocalDate today, string coordinator)
    {
        var requests = new[] { Request1, Request2, Request3 }.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!).ToArray();
        var admittedOn = AdmittedOn is { } a ? LocalDate.FromDateOnly(a) : today;
        return new MenteeAdmissionInput(
            new EducatorInput(
                Id,
                FullName,
                BirthDate is { } b ? LocalDate.FromDateOnly(b) : null,
                null,
                null,
                Post,
                TeachingSince is { } t ? LocalDate.FromDateOnly(t) : null,
                null,
                (Subjects ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                null,
                null),
            ConsentGivenOn is { } c ? LocalDate.FromDateOnly(c) : null,
            requests,
            [Reason],
            [],
            admittedOn,
            string.IsNullOrWhiteSpace(OverrideReason) ? null : new IntakeOverrideInput(admittedOn, OverrideReason, coordinator));
    }
}
