using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>
/// What a mentor or mentee hands in for the final event: a practice of their pair or group. Checked by
/// <see cref="PracticeCollection.Propose"/>.
/// </summary>
/// <param name="Id">The practice's identifier, unique in the collection.</param>
/// <param name="Title">The title, e.g. «Кейс: первое родительское собрание».</param>
/// <param name="Kind">What kind of practice.</param>
/// <param name="Author">Who hands it in: a mentor or a mentee of the programme.</param>
/// <param name="Description">A short description; optional.</param>
public sealed record PracticeProposal(string Id, string Title, PracticeKind Kind, EducatorId Author, string? Description = null);
