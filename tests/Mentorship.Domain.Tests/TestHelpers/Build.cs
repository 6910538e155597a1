using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Tests.TestHelpers;

/// <summary>Builders with sensible defaults, so a test states only what matters to it.</summary>
internal static class Build
{
    public static readonly OrganizationId Org = OrganizationId.From("cdt");
    public const int Year = 2026;
    public static readonly LocalDate InWindow = new(2026, 5, 15);

    public static Educator Educator(
        string id,
        LocalDate? birth = null,
        LocalDate? teachingSince = null,
        string? organization = null,
        IEnumerable<string>? subjects = null,
        PostAppointment? appointment = null) =>
        new(
            EducatorId.From(id),
            organization is null ? Org : OrganizationId.From(organization),
            new PersonalData($"Тестовый Педагог {id}", birth ?? new LocalDate(1980, 3, 1), $"{id}@example.org", "+7 900 000-00-00"),
            "педагог дополнительного образования",
            teachingSince ?? new LocalDate(2005, 9, 1),
            QualificationCategory.First,
            subjects ?? ["music"],
            appointment);

    public static PersonalDataConsent Consent(LocalDate? on = null) => PersonalDataConsent.Given(on ?? new LocalDate(2026, 4, 1));

    public static TopicCode[] Topics(params string[] codes) => codes.Select(TopicCode.From).ToArray();

    public static MenteeApplication Mentee(string id, params string[] requests) =>
        new(Educator(id, new LocalDate(1999, 1, 1), new LocalDate(2024, 9, 1)), Consent(), Topics(requests.Length == 0 ? ["adaptation"] : requests), [MentoringReason.YoungSpecialist]);

    public static MentorApplication Mentor(string id, int? capacity = null, params (string Topic, int Level)[] competencies) =>
        new(
            Educator(id),
            Consent(),
            (competencies.Length == 0 ? [("adaptation", 3)] : competencies).Select(c => new CompetencyClaim(TopicCode.From(c.Topic), c.Level)).ToArray(),
            capacity,
            new MentorQuestionnaire("20 лет в профессии", "высшая категория", ["вторник 15:00"], "помочь молодым"));

    public static MentoringConsent MentoringConsent(LocalDate? signedOn = null) =>
        new(
            signedOn ?? new LocalDate(2026, 8, 25),
            "наставничество над молодым специалистом",
            new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31)),
            MentorshipForm.Individual,
            new PayTerms(3000m, "доплата по приказу"),
            "ДС-12");
}
