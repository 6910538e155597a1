
using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.WebHost.Storage;

/// <summary>One stored answer: a score 1–10, yes/no, or open text, by the item's kind.</summary>
public sealed record AnswerRecord(string ItemCode, QuestionKind Kind, int? Score, bool? Yes, string? Text);
