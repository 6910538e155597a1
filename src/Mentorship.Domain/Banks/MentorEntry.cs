using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>An entry of the mentor bank. Immutable; the bank replaces it on change.</summary>
public sealed class MentorEntry : IBankEntry
{
    internal MentorEntry(
        Educator educator,
        PersonalDataConsent consent,
        CompetencyProfile competencies,
        int capacity,
        MentorQuestionnaire? questionnaire,
        MentorTrainingRecord training,
        MentoringConsent? mentoringConsent,
        LocalDate admittedOn,
        IntakeOverride? intakeOverride)
    {
        Educator = educator;
        Consent = consent;
        Competencies = competencies;
        Capacity = capacity;
        Questionnaire = questionnaire;
        Training = training;
        MentoringConsent = mentoringConsent;
        AdmittedOn = admittedOn;
        IntakeOverride = intakeOverride;
    }

    /// <inheritdoc />
    public Educator Educator { get; }

    /// <summary>The educator's identifier.</summary>
    public EducatorId Id => Educator.Id;

    /// <inheritdoc />
    public PersonalDataConsent Consent { get; }

    /// <summary>The competencies, topic → level.</summary>
    public CompetencyProfile Competencies { get; }

    /// <summary>Mentees at once in individual forms, at least 1.</summary>
    public int Capacity { get; }

    /// <summary>The questionnaire answers, if collected.</summary>
    public MentorQuestionnaire? Questionnaire { get; }

    /// <summary>The training record (roadmap item 2.3).</summary>
    public MentorTrainingRecord Training { get; }

    /// <summary>The written consent to mentoring duties (Labour Code art. 351.8), once signed.</summary>
    public MentoringConsent? MentoringConsent { get; }

    /// <inheritdoc />
    public LocalDate AdmittedOn { get; }

    /// <inheritdoc />
    public IntakeOverride? IntakeOverride { get; }

    /// <inheritdoc />
    public override string ToString() => $"MentorEntry {Id}";

    internal MentorEntry With(
        Educator? educator = null,
        CompetencyProfile? competencies = null,
        int? capacity = null,
        MentorTrainingRecord? training = null,
        MentoringConsent? mentoringConsent = null) =>
        new(
            educator ?? Educator,
            Consent,
            competencies ?? Competencies,
            capacity ?? Capacity,
            Questionnaire,
            training ?? Training,
            mentoringConsent ?? MentoringConsent,
            AdmittedOn,
            IntakeOverride);
}
