using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mentorship.WebHost.Pages;

/// <summary>The start page: the organisations and their years.</summary>
public sealed class IndexModel(OrganizationService organizations) : PageModel
{
    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organizations = await organizations.ListAsync(cancellationToken);
}
