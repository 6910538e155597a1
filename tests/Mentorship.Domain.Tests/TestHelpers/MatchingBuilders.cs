using Mentorship.Domain.Matching;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Tests.TestHelpers;

/// <summary>Short ways to write mentors and mentees in tests.</summary>
internal static class MatchingBuilders
{
    public static readonly OrganizationId Org = OrganizationId.From("ORG-A");
    public static readonly OrganizationId OtherOrg = OrganizationId.From("ORG-B");

    /// <summary>A mentor; competencies as "topic:level" strings.</summary>
    public static MatchingMentor Mentor(
        string id, int capacity, string competencies, string? subjects = null, OrganizationId? org = null, string? ranking = null, bool groups = true) =>
        new(
            EducatorId.From(id),
            org ?? Org,
            competencies.Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(c => c.Split(':'))
                .Select(c => new KeyValuePair<TopicCode, int>(TopicCode.From(c[0]), int.Parse(c[1]))),
            capacity,
            subjects?.Split(';'),
            ranking?.Split(';').Select(EducatorId.From),
            groups);

    /// <summary>A mentee; requests as "a;b" in order.</summary>
    public static MatchingMentee Mentee(
        string id, string requests, string? subjects = null, OrganizationId? org = null, string? excluded = null, string? ranking = null) =>
        new(
            EducatorId.From(id),
            org ?? Org,
            requests.Split(';').Select(TopicCode.From),
            subjects?.Split(';'),
            excluded?.Split(';').Select(EducatorId.From),
            ranking?.Split(';').Select(EducatorId.From));

    public static EducatorId Id(string value) => EducatorId.From(value);
}
