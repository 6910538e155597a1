using System;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>Who answered for which programme in which role: how K7 finds the entry response that matches a final one.</summary>
internal readonly struct ResponseKey : IEquatable<ResponseKey>
{
    public ResponseKey(string programmeId, EducatorId respondent, RespondentRole role)
    {
        ProgrammeId = programmeId;
        Respondent = respondent;
        Role = role;
    }

    public string ProgrammeId { get; }

    public EducatorId Respondent { get; }

    public RespondentRole Role { get; }

    public bool Equals(ResponseKey other) =>
        string.Equals(ProgrammeId, other.ProgrammeId, StringComparison.Ordinal) && Respondent == other.Respondent && Role == other.Role;

    public override bool Equals(object? obj) => obj is ResponseKey other && Equals(other);

    public override int GetHashCode() =>
        unchecked((StringComparer.Ordinal.GetHashCode(ProgrammeId) * 397) ^ (Respondent.GetHashCode() * 31) ^ (int)Role);
}
