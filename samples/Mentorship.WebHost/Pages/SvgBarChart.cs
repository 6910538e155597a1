using System.Globalization;
using System.Xml.Linq;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// A horizontal bar chart as inline SVG, drawn on the server (the Content-Security-Policy allows no script and no
/// inline style, so only SVG presentation attributes are used). Built as XML, so every label is escaped; the chart
/// has <c>role="img"</c>, a title and a description for screen readers, and each bar its own title.
/// </summary>
public static class SvgBarChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>One bar: its label, value (null for no data), and the text written beside it.</summary>
    public sealed record Bar(string Label, decimal? Value, string Text);

    /// <summary>Renders the chart; <paramref name="max"/> is the scale's end, <paramref name="marker"/> an optional target line.</summary>
    public static string Render(string id, string title, IReadOnlyList<Bar> bars, decimal max, decimal? marker = null, string? markerText = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int labelWidth = 300, barWidth = 360, textWidth = 110, row = 26, top = 8;
        var height = top + (bars.Count * row) + 24;
        var width = labelWidth + barWidth + textWidth;
        var svg = new XElement(
            Svg + "svg",
            new XAttribute("id", id),
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", id + "-title " + id + "-desc"),
            new XAttribute("viewBox", Invariant($"0 0 {width} {height}")),
            new XAttribute("width", width),
            new XAttribute("height", height),
            new XElement(Svg + "title", new XAttribute("id", id + "-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", id + "-desc"), string.Join("; ", bars.Select(b => $"{b.Label}: {b.Text}"))));
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = top + (i * row);
            var length = bar.Value is { } v && max > 0 ? (int)Math.Round(Math.Clamp(v / max, 0m, 1m) * barWidth) : 0;
            svg.Add(
                new XElement(Svg + "text", new XAttribute("x", labelWidth - 8), new XAttribute("y", y + 17), new XAttribute("text-anchor", "end"), new XAttribute("font-size", 13), new XAttribute("fill", "#1d2330"), bar.Label),
                new XElement(Svg + "rect", new XAttribute("x", labelWidth), new XAttribute("y", y + 4), new XAttribute("width", barWidth), new XAttribute("height", row - 8), new XAttribute("fill", "#eef1f6")),
                new XElement(
                    Svg + "rect",
                    new XAttribute("x", labelWidth),
                    new XAttribute("y", y + 4),
                    new XAttribute("width", length),
                    new XAttribute("height", row - 8),
                    new XAttribute("fill", "#23395d"),
                    new XElement(Svg + "title", $"{bar.Label}: {bar.Text}")),
                new XElement(Svg + "text", new XAttribute("x", labelWidth + barWidth + 8), new XAttribute("y", y + 17), new XAttribute("font-size", 13), new XAttribute("fill", "#1d2330"), bar.Text));
        }

        if (marker is { } m && max > 0)
        {
            var x = labelWidth + (int)Math.Round(Math.Clamp(m / max, 0m, 1m) * barWidth);
            svg.Add(
                new XElement(Svg + "line", new XAttribute("x1", x), new XAttribute("x2", x), new XAttribute("y1", top), new XAttribute("y2", height - 20), new XAttribute("stroke", "#b42318"), new XAttribute("stroke-width", 2), new XAttribute("stroke-dasharray", "4 3")),
                new XElement(Svg + "text", new XAttribute("x", x), new XAttribute("y", height - 6), new XAttribute("text-anchor", "middle"), new XAttribute("font-size", 12), new XAttribute("fill", "#b42318"), markerText ?? string.Empty));
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
