using System.Collections.Generic;

namespace Mentorship.Domain.Documents;

/// <summary>One series of a <see cref="DocumentChart"/>: a name and one value per category (null where there is none).</summary>
public sealed class DocumentChartSeries
{
    internal DocumentChartSeries(string name, IReadOnlyList<double?> values)
    {
        Name = name;
        Values = values;
    }

    /// <summary>The series' name, shown in the legend («Входная анкета», «K1»).</summary>
    public string Name { get; }

    /// <summary>One value per category of the chart; null where the figure is «нет данных».</summary>
    public IReadOnlyList<double?> Values { get; }
}
