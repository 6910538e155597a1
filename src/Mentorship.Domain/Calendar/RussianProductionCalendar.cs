using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Calendar;

/// <summary>
/// The Russian production calendar for a five-day, 40-hour week: weekends, the holidays of Labour Code
/// art. 112, the government's yearly transfers of days off, and the days art. 95 shortens by one hour.
/// </summary>
/// <remarks>
/// <para>
/// Built in: 2024 (постановление Правительства РФ от 10.08.2023 № 1314), 2025 (от 04.10.2024 № 1335),
/// 2026 (от 24.09.2025 № 1466) and 2027 (от 17.09.2026 № 1187); see <see cref="BuiltInYears"/>.
/// </para>
/// <para>
/// Another year: build a <see cref="ProductionYear"/> from its decree and call <see cref="WithYear"/>
/// (which also replaces a built-in year). Asking about a year the calendar does not know throws
/// <see cref="UnknownProductionYearException"/>, unless the host chose a fallback with
/// <see cref="WithUnknownYearPolicy"/>. Arithmetic that crosses into an unknown year throws the same way.
/// </para>
/// <para>Instances are immutable and thread-safe; the <c>With…</c> methods return new calendars.</para>
/// </remarks>
public sealed class RussianProductionCalendar : WorkingDayCalendar
{
    private readonly Dictionary<int, ProductionYear> _years;
    private readonly ConcurrentDictionary<int, ProductionYear> _fallbackYears = new();

    private RussianProductionCalendar(Dictionary<int, ProductionYear> years, UnknownYearPolicy policy)
    {
        _years = years;
        Policy = policy;
    }

    /// <summary>The years built into the package, 2024–2027, in order.</summary>
    public static IReadOnlyList<ProductionYear> BuiltInYears { get; } =
    [
        ProductionYear.Create(
            2024,
            "постановление Правительства РФ от 10.08.2023 № 1314",
            [D(2024, 4, 29), D(2024, 4, 30), D(2024, 5, 10), D(2024, 12, 30), D(2024, 12, 31)],
            [D(2024, 4, 27), D(2024, 11, 2), D(2024, 12, 28)],
            [D(2024, 2, 22), D(2024, 3, 7), D(2024, 5, 8), D(2024, 6, 11), D(2024, 11, 2)]),
        ProductionYear.Create(
            2025,
            "постановление Правительства РФ от 04.10.2024 № 1335",
            [D(2025, 5, 2), D(2025, 5, 8), D(2025, 6, 13), D(2025, 11, 3), D(2025, 12, 31)],
            [D(2025, 11, 1)],
            [D(2025, 3, 7), D(2025, 4, 30), D(2025, 6, 11), D(2025, 11, 1)]),
        ProductionYear.Create(
            2026,
            "постановление Правительства РФ от 24.09.2025 № 1466",
            [D(2026, 1, 9), D(2026, 3, 9), D(2026, 5, 11), D(2026, 12, 31)],
            [],
            [D(2026, 4, 30), D(2026, 5, 8), D(2026, 6, 11), D(2026, 11, 3)]),
        ProductionYear.Create(
            2027,
            "постановление Правительства РФ от 17.09.2026 № 1187",
            [D(2027, 2, 22), D(2027, 5, 3), D(2027, 5, 10), D(2027, 6, 14), D(2027, 11, 5), D(2027, 12, 31)],
            [D(2027, 2, 20)],
            [D(2027, 2, 20), D(2027, 4, 30), D(2027, 6, 11), D(2027, 11, 3)]),
    ];

    /// <summary>The built-in years, refusing every other year.</summary>
    public static RussianProductionCalendar Default { get; } =
        new(BuiltInYears.ToDictionary(y => y.Year), UnknownYearPolicy.Refuse);

    /// <summary>What the calendar does for a year it has no data for.</summary>
    public UnknownYearPolicy Policy { get; }

    /// <summary>The years the calendar has decree data for, in order.</summary>
    public IReadOnlyList<int> KnownYears => [.. _years.Keys.OrderBy(y => y)];

    /// <summary>A calendar that also knows <paramref name="year"/>, replacing any data it had for that year.</summary>
    /// <param name="year">The year's data.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="year"/> is null.</exception>
    public RussianProductionCalendar WithYear(ProductionYear year)
    {
        Guard.Against.Null(year);
        var years = new Dictionary<int, ProductionYear>(_years) { [year.Year] = year };
        return new RussianProductionCalendar(years, Policy);
    }

    /// <summary>A calendar with the same years and another policy for unknown years.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="policy"/> is not a defined value.</exception>
    public RussianProductionCalendar WithUnknownYearPolicy(UnknownYearPolicy policy)
    {
        Guard.Against.EnumOutOfRange(policy);
        return new RussianProductionCalendar(new Dictionary<int, ProductionYear>(_years), policy);
    }

    /// <summary>Whether the calendar has decree data for <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> if the year is built in or was supplied.</returns>
    public bool Knows(int year) => _years.ContainsKey(year);

    /// <summary>The data used for <paramref name="year"/>: the known year, or the fallback the policy allows.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year's data.</returns>
    /// <exception cref="UnknownProductionYearException">The year is unknown and the policy is <see cref="UnknownYearPolicy.Refuse"/>.</exception>
    public ProductionYear GetYear(int year)
    {
        if (_years.TryGetValue(year, out var known))
        {
            return known;
        }

        if (Policy == UnknownYearPolicy.LabourCodeOnly)
        {
            return _fallbackYears.GetOrAdd(year, ProductionYear.FromLabourCode);
        }

        throw new UnknownProductionYearException(year);
    }

    /// <inheritdoc />
    public override DayKind GetDayKind(LocalDate date) => GetYear(date.Year).GetDayKind(date);

    /// <inheritdoc />
    public override string ToString() =>
        $"Russian production calendar ({string.Join(", ", KnownYears)}; unknown years: {Policy})";

    private static LocalDate D(int year, int month, int day) => new(year, month, day);
}
