namespace Mentorship.Domain.Roadmap;

/// <summary>Why a timing phrase could not be read.</summary>
public enum TimingParseError
{
    /// <summary>The text is empty or blank.</summary>
    Empty = 0,

    /// <summary>A word or sign the parser does not know, or known words in an order it does not read.</summary>
    Unrecognized = 1,

    /// <summary>A date that does not exist, such as «до 31 февраля».</summary>
    NoSuchDate = 2,

    /// <summary>A range whose written end comes before its written start, such as «май 2024 – сентябрь 2022».</summary>
    ReversedRange = 3,

    /// <summary>A year outside 1900–9998.</summary>
    YearOutOfRange = 4,

    /// <summary>An annual window with a year written in it, such as «ежегодно апрель 2022», which contradicts itself.</summary>
    YearInAnnualWindow = 5,
}
