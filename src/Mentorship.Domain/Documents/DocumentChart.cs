using System.Collections.Generic;

namespace Mentorship.Domain.Documents;

/// <summary>
/// A clustered bar chart of figures a document also prints in a table: categories along one axis, one bar per series in
/// each category. A renderer that cannot draw leaves it out; nothing is lost.
/// </summary>
public sealed class DocumentChart
{
    internal DocumentChart(string title, IReadOnlyList<string> categories, IReadOnlyList<DocumentChartSeries> series, string valueAxisTitle, double? maximum)
    {
        Title = title;
        Categories = categories;
        Series = series;
        ValueAxisTitle = valueAxisTitle;
        Maximum = maximum;
    }

    /// <summary>The chart's caption.</summary>
    public string Title { get; }

    /// <summary>The categories (questions; organisations).</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The series, each with one value per category.</summary>
    public IReadOnlyList<DocumentChartSeries> Series { get; }

    /// <summary>What the values are («Средний балл (1–10)», «%»).</summary>
    public string ValueAxisTitle { get; }

    /// <summary>The top of the value axis (10 for a score, 100 for a percentage), or null to fit the data.</summary>
    public double? Maximum { get; }
}
