using Mentorship.WebHost.Application;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Mentorship.WebHost.Pages;

/// <summary>What the pages of one organisation's year share: the checked key from the route, and the layout's navigation.</summary>
public abstract class YearPage : PageModel
{
    protected YearKey? ReadKey(string organizationId, int year)
    {
        var key = YearKeys.Parse(organizationId, year, new InputErrors());
        if (key is { } k)
        {
            ViewData["Org"] = k.OrganizationId.Value;
            ViewData["Year"] = k.Year;
        }

        return key;
    }

    /// <summary>Puts an API failure's field errors on the form's fields (or in the summary).</summary>
    protected void ShowErrors(HostFailure failure, string prefix, Func<string, string> formField)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(formField);
        foreach (var (field, messages) in failure.Errors)
        {
            var target = formField(field);
            foreach (var message in messages)
            {
                ModelState.AddModelError(target.Length == 0 ? string.Empty : $"{prefix}.{target}", message);
            }
        }

        if (failure.Errors.Count == 0)
        {
            ModelState.AddModelError(string.Empty, failure.Detail);
        }
    }

    /// <summary>Lists a failure in the summary: the core's violations with their codes, else the field errors, else the detail.</summary>
    protected void ShowFailure(HostFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        foreach (var message in failure.Violations.Count > 0
            ? failure.Violations.Select(v => $"{v.Code} ({v.Subject}): {v.Message}")
            : failure.Errors.Count > 0 ? failure.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")) : [failure.Detail])
        {
            ModelState.AddModelError(string.Empty, message);
        }
    }

    /// <summary>The names of the year's people from both banks, by identifier (for the coordinator's screens only).</summary>
    protected static Task<IReadOnlyDictionary<string, string>> NamesAsync(BankService banks, YearKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(banks);
        return banks.NamesAsync(key, only: null, cancellationToken);
    }

    protected static LocalDate? Date(DateOnly? date) => date is { } d ? LocalDate.FromDateOnly(d) : null;

    // An aggregate not yet created has version 0: nothing to compare then.
    protected static int? Expected(int version) => version > 0 ? version : null;
}
