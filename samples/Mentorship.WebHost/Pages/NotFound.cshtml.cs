using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mentorship.WebHost.Pages;

/// <summary>The Russian page for a page not found; always answers 404 (also when opened by its own address).</summary>
public sealed class NotFoundModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
