using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>
/// The Russian names of the kinds of local act, in the checklist's order, and how a roadmap deliverable's title is
/// read as a kind (so that registering an act marks the roadmap's work item for it done).
/// </summary>
public static class LocalActCatalog
{
    private static readonly (LocalActKind Kind, string Title)[] Titles =
    [
        (LocalActKind.SystemOrder, "Приказ о создании (внедрении) системы наставничества"),
        (LocalActKind.Regulation, "Положение о системе наставничества"),
        (LocalActKind.Roadmap, "Дорожная карта (план мероприятий) внедрения системы наставничества"),
        (LocalActKind.FixingOrder, "Приказ(ы) о закреплении наставнических пар (групп)"),
        (LocalActKind.PersonalizedPrograms, "Персонализированные программы наставничества"),
        (LocalActKind.MentorshipProgramme, "Программа наставничества"),
        (LocalActKind.CoordinatorOrder, "Приказ о назначении куратора"),
        (LocalActKind.MentorEncouragement, "Локальный акт о материальном стимулировании наставников"),
        (LocalActKind.WebsiteSection, "Раздел «Наставничество» на сайте организации"),
    ];

    // Verbs a roadmap cell puts before the document's name: «Подготовка и принятие…», «Разработка и утверждение…».
    private static readonly string[] LeadingVerbs =
    [
        "подготовка и принятие ", "разработка и утверждение ", "подготовка ", "разработка ", "утверждение ", "принятие ", "издание ", "создание ",
    ];

    /// <summary>Every kind, in the checklist's order.</summary>
    public static IReadOnlyList<LocalActKind> Kinds { get; } = Array.ConvertAll(Titles, t => t.Kind);

    /// <summary>The Russian name of a kind, as a checklist prints it.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name, e.g. «Положение о системе наставничества».</returns>
    /// <exception cref="ArgumentException">The kind is unknown.</exception>
    public static string Title(LocalActKind kind) => Titles[(int)Guard.Against.EnumOutOfRange(kind) - 1].Title;

    /// <summary>
    /// The kind of local act a roadmap deliverable produces, read from how its title begins (after a verb such as
    /// «Подготовка»/«Разработка и утверждение»): «Приказ … о создании/внедрении/функционировании системы» → the system
    /// order, «Приказ … о закреплении» → fixing order, «Приказ … куратора» → coordinator order, «Положение …» → the
    /// regulation (or the encouragement act when it speaks of стимулирование, доплаты or поощрение), «Дорожная карта» or
    /// «План мероприятий» → the roadmap, «… персонализированных программ» → personalized programmes, «Программа
    /// наставничества» → the programme, «Раздел … сайт» → the website section. Anything else (a bank, a report, a
    /// coverage of events) is <see langword="null"/>: only the beginning counts, so «Справка по итогам … программ
    /// наставничества» is not a programme.
    /// </summary>
    /// <param name="title">The deliverable's title.</param>
    /// <returns>The kind, or <see langword="null"/>.</returns>
    public static LocalActKind? KindOfDeliverable(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var t = title!.Trim().ToLowerInvariant().Replace('ё', 'е');
        foreach (var verb in LeadingVerbs)
        {
            if (t.StartsWith(verb, StringComparison.Ordinal))
            {
                t = t.Substring(verb.Length).TrimStart();
                break;
            }
        }

        if (t.StartsWith("приказ", StringComparison.Ordinal))
        {
            return t.Contains("закреплени") ? LocalActKind.FixingOrder
                : t.Contains("куратор") ? LocalActKind.CoordinatorOrder
                : IsEncouragement(t) ? LocalActKind.MentorEncouragement
                : t.Contains("персонализированн") ? LocalActKind.PersonalizedPrograms
                : t.Contains("положени") ? LocalActKind.Regulation
                : t.Contains("дорожн") ? LocalActKind.Roadmap
                : t.Contains("создании") || t.Contains("внедрении") || t.Contains("функционировании") ? LocalActKind.SystemOrder
                : null;
        }

        if (t.StartsWith("положение", StringComparison.Ordinal))
        {
            return IsEncouragement(t) ? LocalActKind.MentorEncouragement : t.Contains("наставничеств") ? LocalActKind.Regulation : null;
        }

        if (t.StartsWith("дорожная карта", StringComparison.Ordinal) || t.StartsWith("план мероприятий", StringComparison.Ordinal))
        {
            return LocalActKind.Roadmap;
        }

        if (t.StartsWith("персонализированн", StringComparison.Ordinal))
        {
            return LocalActKind.PersonalizedPrograms;
        }

        if (t.StartsWith("программ", StringComparison.Ordinal))
        {
            return t.Contains("персонализированн") ? LocalActKind.PersonalizedPrograms : t.Contains("наставничеств") ? LocalActKind.MentorshipProgramme : null;
        }

        return t.StartsWith("раздел", StringComparison.Ordinal) && t.Contains("сайт") ? LocalActKind.WebsiteSection : null;
    }

    private static bool IsEncouragement(string t) => t.Contains("стимулировани") || t.Contains("доплат") || t.Contains("поощрени");
}
