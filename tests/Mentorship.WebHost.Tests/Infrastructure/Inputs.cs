using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Mentorship.WebHost.Contracts;
using NodaTime;

namespace Mentorship.WebHost.Tests.Infrastructure;

/// <summary>Request bodies for the tests (the host's own contract types), valid unless a test changes them.</summary>
public static class Inputs
{
    public const int Year = 2026;

    public static LocalDate InWindow { get; } = new(Year, 5, 20);

    public static OrganizationInput Organization(string id) =>
        new(id, $"Школа {id}", $"Муниципальное общеобразовательное учреждение {id}", OrganizationKind.School, "Тестовый район");

    public static EducatorInput Educator(string id, string fullName = "Иванова Мария Петровна", int birthYear = 2000, int? teachingSince = 2025) =>
        new(id, fullName, new LocalDate(birthYear, 2, 3), $"{id.ToLowerInvariant()}@school.example", "+7 900 000-00-00", "учитель математики",
            teachingSince is { } t ? new LocalDate(t, 9, 1) : null, null, ["математика"], null, null);

    public static MenteeAdmissionInput Mentee(string id, params string[] requests) =>
        new(Educator(id), new LocalDate(Year, 4, 10), requests.Length == 0 ? ["digital"] : requests, [MentoringReason.YoungSpecialist], null, InWindow, null);

    public static MentorAdmissionInput Mentor(string id, int capacity = 2, params (string Topic, int Level)[] competencies) =>
        new(
            Educator(id, "Петрова Анна Ивановна", 1975, 1998),
            new LocalDate(Year, 4, 10),
            (competencies.Length == 0 ? [("digital", 3)] : competencies).Select(c => new CompetencyInput(c.Topic, c.Level)).ToArray(),
            capacity,
            new QuestionnaireInput("28 лет стажа", "победитель конкурса", ["вторник"], "хочу помочь"),
            null,
            InWindow,
            null);
}
