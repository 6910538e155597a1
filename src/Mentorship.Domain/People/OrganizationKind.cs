namespace Mentorship.Domain.People;

/// <summary>The kind of educational organisation.</summary>
public enum OrganizationKind
{
    /// <summary>A general education school (школа).</summary>
    School = 1,

    /// <summary>A kindergarten, pre-school education (детский сад).</summary>
    Kindergarten = 2,

    /// <summary>An institution of additional education, such as a centre of children's creativity (ЦДТ).</summary>
    AdditionalEducation = 3,

    /// <summary>A college of vocational education (колледж, техникум).</summary>
    College = 4,

    /// <summary>Any other kind.</summary>
    Other = 99,
}
