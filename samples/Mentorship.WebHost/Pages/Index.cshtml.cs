using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mentorship.WebHost.Pages;

/// <summary>The start page: the organisations and their years the account may open (the municipal administrator sees all).</summary>
public sealed class IndexModel(OrganizationService organizations) : PageModel
{
    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    /// <summary>Whether the account works with the organisations' data (not a participant only).</summary>
    public bool Staff { get; private set; }

    /// <summary>Whether the account is a mentor or a mentee (then it has its own page).</summary>
    public bool Participant { get; private set; }

    /// <summary>Whether the account sees the indicators only (the municipal administrator).</summary>
    public bool Municipal { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var roles = AccountClaims.RolesOf(User);
        Municipal = roles.HasFlag(Role.Municipal);
        Participant = (roles & (Role.Mentor | Role.Mentee)) != Role.None;
        Staff = (roles & (Role.Municipal | Role.Coordinator | Role.Director)) != Role.None;
        var all = Staff ? await organizations.ListAsync(cancellationToken) : [];
        var own = AccountClaims.OrganizationOf(User);
        Organizations = Municipal ? all : [.. all.Where(o => o.Id == own)];
    }
}
