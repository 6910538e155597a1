using Ardalis.GuardClauses;

namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>
/// One item of a questionnaire: a stable code, the question as printed, how it is answered and whether an answer
/// is required. Immutable.
/// </summary>
/// <remarks>
/// The code ties answers across waves: the entry and the final forms of a role ask the same scale items under the
/// same codes (worded as expectation and as result), which is what indicator K7 compares.
/// </remarks>
public sealed class QuestionnaireItem
{
    /// <summary>The lowest score of a scale item.</summary>
    public const int MinScore = 1;

    /// <summary>The highest score of a scale item.</summary>
    public const int MaxScore = 10;

    /// <summary>Creates an item.</summary>
    /// <param name="code">A lower-case code of letters, digits and single hyphens, e.g. <c>comfort</c>.</param>
    /// <param name="text">The question as printed.</param>
    /// <param name="kind">How it is answered.</param>
    /// <param name="required">Whether a response must answer it; default yes for scale and yes/no items, no for open ones.</param>
    /// <exception cref="System.ArgumentException">The code is malformed, the text blank or the kind unknown.</exception>
    public QuestionnaireItem(string code, string text, QuestionKind kind, bool? required = null)
    {
        Guard.Against.NullOrWhiteSpace(code);
        if (!IsValidCode(code))
        {
            throw new System.ArgumentException("An item code is 1 to 40 lower-case letters, digits and single hyphens.", nameof(code));
        }

        Code = code;
        Text = Guard.Against.NullOrWhiteSpace(text).Trim();
        Kind = Guard.Against.EnumOutOfRange(kind);
        Required = required ?? kind != QuestionKind.Open;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The question as printed.</summary>
    public string Text { get; }

    /// <summary>How it is answered.</summary>
    public QuestionKind Kind { get; }

    /// <summary>Whether a response must answer it.</summary>
    public bool Required { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Kind})";

    /// <summary>Whether a text is a well-formed code: 1 to 40 of a–z, 0–9 and single inner hyphens.</summary>
    internal static bool IsValidCode(string code)
    {
        if (code.Length is 0 or > 40 || code[0] == '-' || code[code.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && code[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
