
using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.WebHost.Contracts;

/// <summary>A questionnaire item.</summary>
public sealed record InstrumentItemView(string Code, string Text, QuestionKind Kind, bool Required);
