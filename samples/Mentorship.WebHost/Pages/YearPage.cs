using Mentorship.WebHost.Application;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

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
}
