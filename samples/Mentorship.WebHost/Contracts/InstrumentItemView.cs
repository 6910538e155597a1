using Mentorship.Domain.Monitoring;

namespace Mentorship.WebHost.Contracts;

/// <summary>A questionnaire item.</summary>
public sealed record InstrumentItemView(string Code, string Text, QuestionKind Kind, bool Required);
