namespace Mentorship.Domain.Common;

/// <summary>What an argument of a <see cref="RuleViolation"/> is, which decides how it is written.</summary>
public enum ViolationArgumentKind
{
    /// <summary>An identifier (of a person, unit, programme, organisation, item): written as it is.</summary>
    Identifier = 1,

    /// <summary>A code or number that is written as it is (an order's number, a questionnaire item's code).</summary>
    Text = 2,

    /// <summary>A whole number, with plural agreement where the text asks for it («3 рабочих дня»).</summary>
    Number = 3,

    /// <summary>A date (<c>uuuu-MM-dd</c> in <see cref="ViolationArgument.Value"/>; 12.10.2026 in Russian).</summary>
    Date = 4,

    /// <summary>A period of days, both ends included (<c>start/end</c>; «с 01.09.2026 по 31.05.2027» in Russian).</summary>
    Period = 5,

    /// <summary>A request topic: its code, and the catalogue's Russian title when it is known.</summary>
    Topic = 6,

    /// <summary>Several request topics: their codes separated by commas, and their Russian titles when known.</summary>
    Topics = 7,

    /// <summary>A term of the domain's vocabulary, <c>Type.Member</c> (e.g. <c>MentorshipForm.Virtual</c>),
    /// written in the language of the text.</summary>
    Term = 8,
}
