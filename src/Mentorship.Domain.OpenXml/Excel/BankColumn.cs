using System.Linq;

namespace Mentorship.Domain.OpenXml.Excel;

/// <summary>A column of a bank sheet: its English (CSV) and Russian headers and whether it must be there.</summary>
internal sealed class BankColumn(string english, string russian, bool required, params string[] aliases)
{
    public string English { get; } = english;

    public string Russian { get; } = russian;

    public bool Required { get; } = required;

    public bool Matches(string header)
    {
        var h = Normalize(header);
        return h == Normalize(English) || h == Normalize(Russian) || aliases.Any(a => h == Normalize(a));
    }

    private static string Normalize(string text) => text.Trim().Replace('ё', 'е').Replace('Ё', 'Е').ToUpperInvariant();
}
