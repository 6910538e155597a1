using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.SampleData;

/// <summary>
/// The demo data the console demo plays and the web host seeds: the seed's institution (МБОУ ДО ЦДТ) and its staff.
/// The people are fictional; the requests and competencies are those of the matching fixture <c>cdt-small</c>.
/// </summary>
public static class DemoData
{
    /// <summary>The intake year of the demo.</summary>
    public const int Year = 2026;

    /// <summary>The institution's identifier.</summary>
    public static readonly OrganizationId OrganizationId = OrganizationId.From("cdt-ilovlya");

    /// <summary>The seed's institution.</summary>
    public static Organization Organization { get; } = new(
        OrganizationId,
        "МБОУ ДО ЦДТ",
        "Муниципальное бюджетное образовательное учреждение дополнительного образования Центр детского творчества Иловлинского муниципального района Волгоградской области",
        OrganizationKind.AdditionalEducation,
        "Иловлинский муниципальный район");

    // The dates come first: static initialisers run in the order written, and the applications below read them.

    /// <summary>The day the staff signed their personal-data consents.</summary>
    public static LocalDate ConsentDate { get; } = new(Year, 4, 12);

    /// <summary>The day the applications were taken into the banks, inside the spring intake window.</summary>
    public static LocalDate IntakeDate { get; } = new(Year, 5, 20);

    /// <summary>The mentee applications of the intake: id, name, birth, teaching since, post, requests, subjects, excluded, reasons.</summary>
    public static IReadOnlyList<MenteeApplication> MenteeApplications { get; } =
    [
        Mentee("S01", "Павлова Дарья Олеговна", 2001, 2024, "педагог-хореограф", ["adaptation", "lesson-planning"], ["choreography"]),
        Mentee("S02", "Григорьев Максим Игоревич", 1999, 2025, "педагог дополнительного образования", ["digital", "contests"], ["robotics"]),
        Mentee("S03", "Егорова Ксения Андреевна", 2000, 2025, "педагог-хореограф", ["parents", "discipline"], ["choreography"]),
        Mentee("S04", "Орлова Виктория Денисовна", 1997, 2023, "концертмейстер", ["subject-methods", "gifted"], ["music"]),
        Mentee("S05", "Захарова Полина Романовна", 1995, 2024, "педагог дополнительного образования", ["special-needs"], ["art"]),
        Mentee("S06", "Белов Артём Владимирович", 1988, 2012, "методист", ["attestation", "assessment"], ["methodology"], ["T01"], MentoringReason.NewPost),
        Mentee("S07", "Киселёва Алина Максимовна", 1990, 2014, "педагог-организатор", ["burnout", "parents"], ["theatre"], reason: MentoringReason.Burnout),
        Mentee("S08", "Тарасов Никита Евгеньевич", 2002, 2025, "педагог дополнительного образования", ["digital"], ["informatics"]),
        Mentee("S09", "Макарова Софья Ильинична", 1998, 2024, "педагог дополнительного образования", ["lesson-planning", "subject-methods", "assessment"], ["tourism"]),
        Mentee("S10", "Андреева Вера Павловна", 1996, 2022, "педагог дополнительного образования", ["exam-prep"], ["music"], reason: MentoringReason.ProfessionalDifficulties),
        Mentee("T07", "Никитина Анна Сергеевна", 1994, 2017, "педагог дополнительного образования", ["class-teacher", "parents"], ["theatre"], reason: MentoringReason.NewPost),
        Mentee("S11", "Фёдорова Марина Львовна", 2003, 2026, "педагог дополнительного образования", ["adaptation"], ["art"], reason: MentoringReason.NewHire),
    ];

    /// <summary>The mentor applications of the intake.</summary>
    public static IReadOnlyList<MentorApplication> MentorApplications { get; } =
    [
        Mentor("T01", "Чуракова Татьяна Викторовна", 1968, 1990, "заместитель директора по УВР", [("adaptation", 3), ("attestation", 3), ("lesson-planning", 2)], 2, ["methodology"]),
        Mentor("T02", "Васильева Ольга Ивановна", 1975, 1998, "методист", [("lesson-planning", 3), ("assessment", 3), ("contests", 2)], 2, ["methodology"]),
        Mentor("T03", "Кузнецов Андрей Павлович", 1982, 2006, "педагог дополнительного образования", [("digital", 3), ("contests", 3)], 2, ["robotics", "informatics"]),
        Mentor("T04", "Морозова Елена Николаевна", 1979, 2001, "педагог-хореограф", [("parents", 3), ("discipline", 3), ("class-teacher", 2)], 2, ["choreography"]),
        Mentor("T05", "Соколова Наталья Юрьевна", 1971, 1993, "педагог-психолог", [("special-needs", 3), ("gifted", 2), ("burnout", 2)], 1, ["art"]),
        Mentor("T06", "Лебедев Сергей Александрович", 1977, 2000, "педагог дополнительного образования", [("subject-methods", 3), ("gifted", 3)], 2, ["music"]),
        Mentor("T07", "Никитина Анна Сергеевна", 1994, 2017, "педагог дополнительного образования", [("digital", 2)], 1, ["theatre"]),
        Mentor("T08", "Фролова Галина Петровна", 1965, 1987, "педагог дополнительного образования", [("subject-methods", 2), ("parents", 2), ("adaptation", 2)], 1, ["tourism"]),
    ];


    private static MenteeApplication Mentee(
        string id, string name, int birthYear, int teachingSince, string post, string[] requests, string[] subjects,
        string[]? excluded = null, MentoringReason reason = MentoringReason.YoungSpecialist) =>
        new(
            Educator(id, name, birthYear, teachingSince, post, subjects),
            PersonalDataConsent.Given(ConsentDate),
            requests.Select(TopicCode.From).ToArray(),
            [reason],
            (excluded ?? []).Select(EducatorId.From).ToArray());

    private static MentorApplication Mentor(
        string id, string name, int birthYear, int teachingSince, string post, (string Topic, int Level)[] competencies, int capacity, string[] subjects) =>
        new(
            Educator(id, name, birthYear, teachingSince, post, subjects),
            PersonalDataConsent.Given(ConsentDate),
            competencies.Select(c => new CompetencyClaim(TopicCode.From(c.Topic), c.Level)).ToArray(),
            capacity,
            new MentorQuestionnaire($"{Year - teachingSince} лет педагогического стажа", "победитель муниципальных конкурсов", ["вторник после 15:00"]));

    private static Educator Educator(string id, string name, int birthYear, int teachingSince, string post, string[] subjects) =>
        new(
            EducatorId.From(id),
            OrganizationId,
            new PersonalData(name, new LocalDate(birthYear, 3, 14)),
            post,
            new LocalDate(teachingSince, 9, 1),
            teachingSince > Year - 3 ? QualificationCategory.None : QualificationCategory.First,
            subjects);
}
