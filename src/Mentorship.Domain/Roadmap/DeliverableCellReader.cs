using System.Collections.Generic;
using System.Globalization;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Splits a result cell into its preamble and numbered deliverables («…актов: 1.Приказ … (апрель) 2. Положение …»),
/// and takes a trailing bracketed timing off each deliverable when the brackets hold a readable timing.
/// </summary>
internal static class DeliverableCellReader
{
    public static (string? Preamble, List<Deliverable> Deliverables) Read(string cell, HalfYearBasis halfYears)
    {
        var text = cell.Trim();
        var deliverables = new List<Deliverable>();
        if (text.Length == 0)
        {
            return (null, deliverables);
        }

        var starts = new List<(int Marker, int Body)>();
        var from = 0;
        for (var n = 1; ; n++)
        {
            var found = FindMarker(text, n, from);
            if (found is null)
            {
                break;
            }

            starts.Add(found.Value);
            from = found.Value.Body;
        }

        if (starts.Count == 0)
        {
            deliverables.Add(Make(1, text, halfYears));
            return (null, deliverables);
        }

        var preamble = text.Substring(0, starts[0].Marker).Trim();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Marker : text.Length;
            var body = text.Substring(starts[i].Body, end - starts[i].Body).Trim();
            if (body.Length == 0)
            {
                body = "—";
            }

            deliverables.Add(Make(i + 1, body, halfYears));
        }

        return (preamble.Length == 0 ? null : preamble, deliverables);
    }

    /// <summary>«n.» at the start or after a space or punctuation, not part of a longer number such as «2.1» or «12.».</summary>
    private static (int Marker, int Body)? FindMarker(string text, int n, int from)
    {
        var marker = n.ToString(CultureInfo.InvariantCulture) + ".";
        var at = from;
        while (at <= text.Length - marker.Length)
        {
            var index = text.IndexOf(marker, at, System.StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }

            var before = index == 0 ? ' ' : text[index - 1];
            var afterIndex = index + marker.Length;
            var after = afterIndex < text.Length ? text[afterIndex] : ' ';
            if (!char.IsLetterOrDigit(before) && before != '.' && !char.IsDigit(after))
            {
                return (index, afterIndex);
            }

            at = index + 1;
        }

        return null;
    }

    private static Deliverable Make(int index, string body, HalfYearBasis halfYears)
    {
        var trimmed = body.TrimEnd(' ', '.', ';', ',');
        if (trimmed.Length > 0 && trimmed[trimmed.Length - 1] == ')')
        {
            var open = trimmed.LastIndexOf('(');
            if (open > 0)
            {
                var inside = trimmed.Substring(open + 1, trimmed.Length - open - 2).Trim();
                var title = trimmed.Substring(0, open).Trim();
                if (title.Length > 0 && inside.Length > 0 && RussianTimingParser.Parse(inside, halfYears).IsSuccess)
                {
                    return Deliverable.Create(index, title, inside, halfYears);
                }
            }
        }

        return Deliverable.Create(index, body);
    }
}
