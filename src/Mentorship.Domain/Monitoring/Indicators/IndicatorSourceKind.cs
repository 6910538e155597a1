namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>Where an indicator's definition comes from.</summary>
public enum IndicatorSourceKind
{
    /// <summary>
    /// The federal methodological recommendations on the system (target model) of mentorship of pedagogical workers
    /// (Минпросвещения letter АЗ-1128/08 of 21.12.2021) and the questionnaires of the target model.
    /// </summary>
    FederalRecommendations = 1,

    /// <summary>An indicator of the national project «Образование».</summary>
    NationalProject = 2,

    /// <summary>No federal text fixes a formula: the definition is this library's (domain guide §7, regional forms' questions).</summary>
    Library = 3,
}
