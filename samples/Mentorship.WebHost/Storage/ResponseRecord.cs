using Mentorship.Domain.Monitoring.Questionnaires;
using NodaTime;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// One questionnaire response as stored: which form, for which pair's or group's programme, who answered, when, and
/// the answers. The core's <see cref="QuestionnaireResponse"/> has no snapshot: it is rebuilt from this record (its
/// answers checked against the form again) whenever monitoring reads it, and the facts check it against its programme.
/// </summary>
public sealed record ResponseRecord(string Id, string InstrumentCode, string ProgrammeId, string Respondent, LocalDate AnsweredOn, IReadOnlyList<AnswerRecord> Answers)
{
    public static ResponseRecord Of(QuestionnaireResponse r) => new(
        r.Id,
        r.InstrumentCode,
        r.ProgrammeId,
        r.Respondent.Value,
        r.AnsweredOn,
        r.Answers.Select(a => new AnswerRecord(a.ItemCode, a.Kind, a.Kind == QuestionKind.Scale ? a.Score : null, a.Kind == QuestionKind.YesNo ? a.IsYes : null, a.Text)).ToArray());

    public IEnumerable<QuestionnaireAnswer> ToAnswers() => Answers.Select(a => a.Kind switch
    {
        QuestionKind.Scale => QuestionnaireAnswer.ForScale(a.ItemCode, a.Score ?? 0),
        QuestionKind.YesNo => QuestionnaireAnswer.ForYesNo(a.ItemCode, a.Yes ?? false),
        _ => QuestionnaireAnswer.ForOpen(a.ItemCode, a.Text ?? string.Empty),
    });
}
