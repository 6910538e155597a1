namespace Mentorship.WebHost.Storage;

/// <summary>A stored <see cref="QuestionnaireBook"/>: the year's questionnaire responses.</summary>
public sealed class QuestionnaireBookRow : YearRow;
