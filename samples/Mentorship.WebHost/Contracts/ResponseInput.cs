using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A filled-in questionnaire: the form's code (see <c>GET …/questionnaires/instruments</c>), the pair's or group's
/// identifier, who answered, when (default today), and the answers. The identifier is optional (one is given).
/// </summary>
public sealed record ResponseInput(string? Id, string? Instrument, string? ProgrammeId, string? Respondent, LocalDate? AnsweredOn, IReadOnlyList<AnswerInput?>? Answers);
