using Mentorship.Domain.People;

namespace Mentorship.Domain.Documents;

/// <summary>What a printed document says about a participant: name, post, teaching experience, category.</summary>
/// <param name="FullName">The full name (ФИО).</param>
/// <param name="Post">The post.</param>
/// <param name="TeachingYears">Completed years of teaching on the document's date, if known.</param>
/// <param name="Category">The qualification category.</param>
public sealed record ParticipantCard(string FullName, string Post, int? TeachingYears, QualificationCategory Category)
{
    /// <inheritdoc />
    public override string ToString() => "ParticipantCard [redacted]";
}
