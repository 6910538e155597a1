using System.Collections.Generic;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>
/// One line of the local-acts checklist a monitoring form opens with: a kind, its Russian name, and the acts of that
/// kind in force on the checklist's date (the latest first).
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Title">The kind's Russian name (<see cref="LocalActCatalog.Title"/>).</param>
/// <param name="Acts">The acts in force on the date, latest date first; empty when absent.</param>
public sealed record LocalActCheck(LocalActKind Kind, string Title, IReadOnlyList<LocalAct> Acts)
{
    /// <summary>Whether an act of the kind is in force on the date.</summary>
    public bool Present => Acts.Count > 0;

    /// <summary>The reference of the latest act (<see cref="LocalAct.Reference"/>), or <see langword="null"/> when absent.</summary>
    public string? Reference => Acts.Count > 0 ? Acts[0].Reference : null;
}
