using Ardalis.GuardClauses;

namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>
/// One answer of a response: the item's code and a score, a yes/no or a text. Immutable. Whether it fits the
/// instrument is checked when the response is created (<see cref="QuestionnaireResponse.Create"/>).
/// </summary>
/// <remarks>An open answer may name people: <see cref="ToString"/> never shows its text.</remarks>
public sealed class QuestionnaireAnswer
{
    private QuestionnaireAnswer(string itemCode, QuestionKind kind, int score, bool yes, string? text)
    {
        ItemCode = Guard.Against.NullOrWhiteSpace(itemCode, nameof(itemCode)).Trim();
        Kind = kind;
        Score = score;
        IsYes = yes;
        Text = text;
    }

    /// <summary>The item's code.</summary>
    public string ItemCode { get; }

    /// <summary>The kind of answer.</summary>
    public QuestionKind Kind { get; }

    /// <summary>The score of a scale answer; 0 for other kinds.</summary>
    public int Score { get; }

    /// <summary>The yes/no answer; <see langword="false"/> for other kinds.</summary>
    public bool IsYes { get; }

    /// <summary>The text of an open answer; <see langword="null"/> for other kinds.</summary>
    public string? Text { get; }

    /// <summary>A score for a scale item.</summary>
    /// <param name="itemCode">The item's code.</param>
    /// <param name="score">The score (1 to 10 is valid; the response checks it).</param>
    /// <returns>The answer.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="itemCode"/> is blank.</exception>
    public static QuestionnaireAnswer ForScale(string itemCode, int score) => new(itemCode, QuestionKind.Scale, score, false, null);

    /// <summary>A yes or a no for a yes/no item.</summary>
    /// <param name="itemCode">The item's code.</param>
    /// <param name="yes">The answer.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="itemCode"/> is blank.</exception>
    public static QuestionnaireAnswer ForYesNo(string itemCode, bool yes) => new(itemCode, QuestionKind.YesNo, 0, yes, null);

    /// <summary>A free text for an open item; trimmed.</summary>
    /// <param name="itemCode">The item's code.</param>
    /// <param name="text">The text.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="itemCode"/> is blank.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static QuestionnaireAnswer ForOpen(string itemCode, string text) =>
        new(itemCode, QuestionKind.Open, 0, false, Guard.Against.Null(text).Trim());

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        QuestionKind.Scale => $"{ItemCode}={Score}",
        QuestionKind.YesNo => $"{ItemCode}={(IsYes ? "yes" : "no")}",
        _ => $"{ItemCode}=[text]",
    };
}
