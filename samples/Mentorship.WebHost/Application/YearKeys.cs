using Mentorship.Domain.People;
using Mentorship.WebHost.Storage;

namespace Mentorship.WebHost.Application;

/// <summary>Checks the organisation and year of a route.</summary>
internal static class YearKeys
{
    public const int MinYear = 1990;
    public const int MaxYear = 2200;

    public static YearKey? Parse(string organizationId, int year, InputErrors errors)
    {
        var org = errors.TryValue("organizationId", () => OrganizationId.From(organizationId));
        if (!CheckYear(year, errors))
        {
            return null;
        }

        return org is null ? null : new YearKey(org.Value, year);
    }

    /// <summary>Whether a route's year is in the range the host serves; if not, says so under <c>year</c>.</summary>
    public static bool CheckYear(int year, InputErrors errors)
    {
        if (year is < MinYear or > MaxYear)
        {
            errors.Add("year", $"Год — от {MinYear} до {MaxYear}.");
            return false;
        }

        return true;
    }
}
