namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// Where an indicator comes from and in what words: the kind of source, the document in Russian as a report cites it,
/// and, where the library's formula differs from the source's, what the difference is.
/// </summary>
/// <param name="Kind">The kind of source.</param>
/// <param name="Citation">The source in Russian, e.g. «Методические рекомендации Минпросвещения России (письмо от 21.12.2021 № АЗ-1128/08)».</param>
/// <param name="Note">How the library's definition relates to the source, in Russian; <see langword="null"/> when it follows it.</param>
public sealed record IndicatorSource(IndicatorSourceKind Kind, string Citation, string? Note = null);
