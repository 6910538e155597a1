using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>The indicators K1–K14 of an organisation over a period, from what the host stores (banks, pairs and groups, roadmap).</summary>
public sealed record IndicatorsView(string OrganizationId, LocalDate From, LocalDate To, IReadOnlyList<IndicatorView> Indicators);
