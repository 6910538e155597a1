using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>
/// One filled-in questionnaire: which form, who answered, for which pair or group (its programme, named by identifier),
/// when, and the answers in the form's item order. Created only through <see cref="Create"/>, which checks it against
/// the form; the respondent's place in the programme is checked where the programme is known, when the monitoring
/// facts are built (<c>MonitoringFactsBuilder.Build</c>). Immutable.
/// </summary>
/// <remarks><see cref="ToString"/> shows identifiers only; open answers may name people.</remarks>
public sealed class QuestionnaireResponse
{
    private readonly QuestionnaireAnswer[] _answers;

    private QuestionnaireResponse(QuestionnaireResponse source, EducatorId respondent)
    {
        Id = source.Id;
        InstrumentCode = source.InstrumentCode;
        Role = source.Role;
        Wave = source.Wave;
        ProgrammeId = source.ProgrammeId;
        Respondent = respondent;
        AnsweredOn = source.AnsweredOn;
        _answers = source._answers;
        ScaleCodes = source.ScaleCodes;
        ScaleScores = source.ScaleScores;
    }

    private QuestionnaireResponse(
        string id, QuestionnaireInstrument instrument, string programmeId, EducatorId respondent, LocalDate answeredOn, QuestionnaireAnswer[] answers)
    {
        Id = id;
        InstrumentCode = instrument.Code;
        Role = instrument.Role;
        Wave = instrument.Wave;
        ProgrammeId = programmeId;
        Respondent = respondent;
        AnsweredOn = answeredOn;
        _answers = answers;
        var scale = answers.Where(a => a.Kind == QuestionKind.Scale).ToArray();
        ScaleCodes = Array.ConvertAll(scale, a => a.ItemCode);
        ScaleScores = Array.ConvertAll(scale, a => a.Score);
    }

    /// <summary>The response's identifier.</summary>
    public string Id { get; }

    /// <summary>The form's code.</summary>
    public string InstrumentCode { get; }

    /// <summary>The form's role.</summary>
    public RespondentRole Role { get; }

    /// <summary>The form's wave.</summary>
    public SurveyWave Wave { get; }

    /// <summary>The pair's or group's identifier (one personalized programme each).</summary>
    public string ProgrammeId { get; }

    /// <summary>Who answered.</summary>
    public EducatorId Respondent { get; }

    /// <summary>The date of answering.</summary>
    public LocalDate AnsweredOn { get; }

    /// <summary>The answers, in the form's item order.</summary>
    public IReadOnlyList<QuestionnaireAnswer> Answers => _answers;

    /// <summary>How many of the answers are scores.</summary>
    public int ScaleAnswerCount => ScaleScores.Length;

    /// <summary>The codes of the scale answers, in form order (the form's own strings): what K7 matches on.</summary>
    internal string[] ScaleCodes { get; }

    /// <summary>The scores of the scale answers, aligned with <see cref="ScaleCodes"/>: what K6 and K7 add up.</summary>
    internal int[] ScaleScores { get; }

    /// <summary>
    /// Checks and creates a response: every answer names an item of the form once with an answer of its kind and
    /// scores lie in 1–10 (<see cref="AnswerRule"/>); every required item is answered (<see cref="RequiredAnswerRule"/>).
    /// All broken rules are reported. Whether the programme exists and the respondent holds the form's role in it is
    /// checked when the facts are built (<c>Facts.RespondentRule</c>).
    /// </summary>
    /// <param name="id">The response's identifier.</param>
    /// <param name="instrument">The form.</param>
    /// <param name="programmeId">The identifier of the pair's or group's programme (the unit's identifier).</param>
    /// <param name="respondent">Who answered.</param>
    /// <param name="answeredOn">The date of answering.</param>
    /// <param name="answers">The answers, in any order.</param>
    /// <returns>The response, or a rejection listing every broken rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="programmeId"/> is blank, or <paramref name="respondent"/> the default value.</exception>
    /// <exception cref="ArgumentNullException">An argument or an answer is null.</exception>
    public static Outcome<QuestionnaireResponse> Create(
        string id,
        QuestionnaireInstrument instrument,
        string programmeId,
        EducatorId respondent,
        LocalDate answeredOn,
        IEnumerable<QuestionnaireAnswer> answers)
    {
        id = Guard.Against.NullOrWhiteSpace(id).Trim();
        Guard.Against.Null(instrument);
        programmeId = Guard.Against.NullOrWhiteSpace(programmeId).Trim();
        Guard.Against.Default(respondent);
        var given = Guard.Against.Null(answers).ToArray();
        var violations = new List<RuleViolation>();
        // An item answered wrongly is reported once, by the answer rule, not again as missing.
        var byItem = new Dictionary<string, QuestionnaireAnswer>(StringComparer.Ordinal);
        var seen = new Dictionary<string, QuestionnaireAnswer>(StringComparer.Ordinal);
        foreach (var answer in given)
        {
            Guard.Against.Null(answer, nameof(answers));
            var item = instrument.FindItem(answer.ItemCode);
            var violation = AnswerRule.Check(item, answer, seen.ContainsKey(answer.ItemCode), id);
            violations.AddIfPresent(violation);
            if (item is not null && !seen.ContainsKey(answer.ItemCode))
            {
                seen.Add(answer.ItemCode, answer);
                if (violation is null)
                {
                    byItem.Add(answer.ItemCode, answer);
                }
            }
        }

        foreach (var item in instrument.Items)
        {
            var answer = seen.TryGetValue(item.Code, out var a) ? a : null;
            if (answer is null || byItem.ContainsKey(item.Code))
            {
                violations.AddIfPresent(RequiredAnswerRule.Check(item, answer, id));
            }
        }

        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        // Answers keep the form's item order and share its code strings, which keeps comparisons cheap.
        var ordered = instrument.Items
            .Where(i => byItem.ContainsKey(i.Code) && !(byItem[i.Code].Kind == QuestionKind.Open && string.IsNullOrEmpty(byItem[i.Code].Text)))
            .Select(i => Normalize(byItem[i.Code], i.Code))
            .ToArray();
        return new QuestionnaireResponse(id, instrument, programmeId, respondent, answeredOn, ordered);
    }

    /// <summary>
    /// A copy whose respondent is a pseudonym, for a respondent who withdrew consent to personal-data processing
    /// (152-ФЗ): the answers stay, so counts and means (K6, K7) stay; pass the pseudonym the pairing register gave the
    /// person (<see cref="Pairing.PairingRegister.AnonymisedIds"/>), so that entry and final answers still pair up and the
    /// response still matches its programme.
    /// </summary>
    /// <param name="pseudonym">The identifier that replaces the respondent's.</param>
    /// <returns>The changed copy.</returns>
    public QuestionnaireResponse WithRespondentErased(EducatorId pseudonym)
    {
        Guard.Against.Default(pseudonym);
        return new QuestionnaireResponse(this, pseudonym);
    }

    /// <summary>The answer to an item.</summary>
    /// <param name="itemCode">The item's code.</param>
    /// <returns>The answer, or <see langword="null"/> if the item was not answered.</returns>
    public QuestionnaireAnswer? Find(string itemCode) => Array.Find(_answers, a => string.Equals(a.ItemCode, itemCode, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => $"Response {Id} ({InstrumentCode}) by {Respondent} for {ProgrammeId}";

    private static QuestionnaireAnswer Normalize(QuestionnaireAnswer answer, string code) => answer.Kind switch
    {
        QuestionKind.Scale => QuestionnaireAnswer.ForScale(code, answer.Score),
        QuestionKind.YesNo => QuestionnaireAnswer.ForYesNo(code, answer.IsYes),
        _ => QuestionnaireAnswer.ForOpen(code, answer.Text!),
    };
}
