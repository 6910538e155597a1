using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A list of months or month ranges joined by «и» or commas: «Март и апрель», «ноябрь, февраль», «сентябрь – октябрь,
/// март». Code <c>month-list</c>. Read for a year, it gives one window per item, in order: the first item starts in
/// the year asked for and each next one comes after the one before, so the list wraps into the next year as a range
/// does («ноябрь, февраль» for 2026 is November 2026 and February 2027). Items with years are read in their years.
/// </summary>
public sealed class MonthListTiming : Timing
{
    private MonthListTiming(IReadOnlyList<MonthRangeTiming> items) => Items = items;

    /// <summary>The items, in the order written; at least two; either all with years or all without.</summary>
    public IReadOnlyList<MonthRangeTiming> Items { get; }

    /// <inheritdoc />
    public override string Code => "month-list";

    /// <summary>Creates the list.</summary>
    /// <param name="items">
    /// At least two months or ranges; either all with years, each after the one before, or all without years, the
    /// whole list (wrapping forward) spanning at most twelve months.
    /// </param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="items"/> or one of them is null.</exception>
    /// <exception cref="System.ArgumentException">Fewer than two items, years on some items only, or items out of order.</exception>
    public static MonthListTiming Create(IEnumerable<MonthRangeTiming> items)
    {
        Guard.Against.Null(items);
        var list = items.Select(i => Guard.Against.Null(i, nameof(items))).ToArray();
        if (list.Length < 2)
        {
            throw new System.ArgumentException("A list of months has at least two items.", nameof(items));
        }

        if (!IsOrdered(list))
        {
            throw new System.ArgumentException("The months of a list come one after another, all with years or all without, within twelve months when without.", nameof(items));
        }

        return new MonthListTiming(list);
    }

    /// <summary>Whether the items, all dated or all undated, follow one another (undated ones within twelve months).</summary>
    internal static bool IsOrdered(IReadOnlyList<MonthRangeTiming> items)
    {
        if (items.All(i => i.StartYear is not null))
        {
            for (var k = 1; k < items.Count; k++)
            {
                var previousEnd = new YearMonth(items[k - 1].EndYear!.Value, items[k - 1].EndMonth);
                if (new YearMonth(items[k].StartYear!.Value, items[k].StartMonth).CompareTo(previousEnd) <= 0)
                {
                    return false;
                }
            }

            return true;
        }

        if (items.Any(i => i.StartYear is not null))
        {
            return false;
        }

        var offsets = Offsets(items);
        return offsets[offsets.Count - 1].End - offsets[0].Start < 12;
    }

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        if (Items[0].StartYear is not null)
        {
            return [.. Items.SelectMany(i => i.WindowsFor(year))];
        }

        var windows = new List<DateInterval>(Items.Count);
        foreach (var (start, end) in Offsets(Items))
        {
            windows.Add(new DateInterval(
                MonthNames.First(year + (start / 12), (start % 12) + 1),
                MonthNames.Last(year + (end / 12), (end % 12) + 1)));
        }

        return windows;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Items.Select(i => i.ToString()));

    /// <summary>Each undated item's first and last month as months after January of the first item's year.</summary>
    private static List<(int Start, int End)> Offsets(IReadOnlyList<MonthRangeTiming> items)
    {
        var result = new List<(int Start, int End)>(items.Count);
        var previousEnd = -1;
        foreach (var item in items)
        {
            var start = item.StartMonth - 1;
            while (start <= previousEnd)
            {
                start += 12;
            }

            var end = start + ((item.EndMonth - item.StartMonth + 12) % 12);
            result.Add((start, end));
            previousEnd = end;
        }

        return result;
    }
}
