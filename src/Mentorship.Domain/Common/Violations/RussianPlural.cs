using System.Globalization;

namespace Mentorship.Domain.Common.Violations;

/// <summary>Russian plural agreement of a noun with a number: «1 рабочий день», «3 рабочих дня», «5 рабочих дней».</summary>
public static class RussianPlural
{
    /// <summary>The form of the noun that agrees with a number.</summary>
    /// <param name="number">The number.</param>
    /// <param name="one">The form after 1, 21, 101… («день»).</param>
    /// <param name="few">The form after 2–4, 22–24… but not 12–14 («дня»).</param>
    /// <param name="many">The form after 0, 5–20, 25–30… («дней»).</param>
    /// <returns>The agreeing form.</returns>
    public static string Choose(long number, string one, string few, string many)
    {
        var n = number < 0 ? -(number % 100) : number % 100;
        if (n is >= 11 and <= 14)
        {
            return many;
        }

        return (n % 10) switch
        {
            1 => one,
            2 or 3 or 4 => few,
            _ => many,
        };
    }

    /// <summary>The number followed by the noun in the agreeing form: «21 место», «22 места», «25 мест».</summary>
    /// <param name="number">The number.</param>
    /// <param name="one">The form after 1.</param>
    /// <param name="few">The form after 2–4.</param>
    /// <param name="many">The form after 5–20.</param>
    /// <returns>The phrase.</returns>
    public static string Count(long number, string one, string few, string many) =>
        number.ToString(CultureInfo.InvariantCulture) + " " + Choose(number, one, few, many);
}
