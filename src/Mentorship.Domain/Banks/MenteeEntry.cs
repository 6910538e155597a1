using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>An entry of the mentee bank: the educator, the request list, the reasons. Immutable; the bank replaces it on change.</summary>
public sealed class MenteeEntry : IBankEntry
{
    internal MenteeEntry(
        Educator educator,
        PersonalDataConsent consent,
        RequestList requests,
        IEnumerable<MentoringReason> reasons,
        IEnumerable<EducatorId> excludedMentors,
        LocalDate admittedOn,
        IntakeOverride? intakeOverride)
    {
        Educator = educator;
        Consent = consent;
        Requests = requests;
        Reasons = reasons.Distinct().OrderBy(r => r).ToArray();
        ExcludedMentors = excludedMentors.Distinct().OrderBy(id => id).ToArray();
        AdmittedOn = admittedOn;
        IntakeOverride = intakeOverride;
    }

    /// <inheritdoc />
    public Educator Educator { get; }

    /// <summary>The educator's identifier.</summary>
    public EducatorId Id => Educator.Id;

    /// <inheritdoc />
    public PersonalDataConsent Consent { get; }

    /// <summary>The professional requests, most important first.</summary>
    public RequestList Requests { get; }

    /// <summary>Why mentoring is needed, distinct, in enum order.</summary>
    public IReadOnlyList<MentoringReason> Reasons { get; }

    /// <summary>Mentors the mentee must not be paired with, by identifier, sorted.</summary>
    public IReadOnlyList<EducatorId> ExcludedMentors { get; }

    /// <inheritdoc />
    public LocalDate AdmittedOn { get; }

    /// <inheritdoc />
    public IntakeOverride? IntakeOverride { get; }

    /// <inheritdoc />
    public override string ToString() => $"MenteeEntry {Id}";

    internal MenteeEntry With(
        Educator? educator = null,
        RequestList? requests = null,
        IEnumerable<EducatorId>? excludedMentors = null) =>
        new(educator ?? Educator, Consent, requests ?? Requests, Reasons, excludedMentors ?? ExcludedMentors, AdmittedOn, IntakeOverride);
}
