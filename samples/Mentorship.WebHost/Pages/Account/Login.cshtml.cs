using System.ComponentModel.DataAnnotations;
using Mentorship.WebHost.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mentorship.WebHost.Pages.Account;

/// <summary>The login form (the same cookie as <c>POST /api/account/login</c>) and the logout button's handler.</summary>
public sealed class LoginModel(SignInManager<Security.Account> signIn, Application.OrganizationService organizations, Application.HostClock clock, LoginThrottle throttle) : PageModel
{
    /// <summary>The user name typed.</summary>
    [BindProperty]
    [Required(ErrorMessage = "Введите имя пользователя.")]
    [StringLength(AccountService.MaxUserName, ErrorMessage = "Имя пользователя не длиннее {1} символов.")]
    public string? UserName { get; set; }

    /// <summary>The password typed (never shown again).</summary>
    [BindProperty]
    [Required(ErrorMessage = "Введите пароль.")]
    [StringLength(AccountService.MaxPassword, ErrorMessage = "Пароль не длиннее {1} символов.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    /// <summary>The page to return to after the login (local addresses only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // An address that spent its failed attempts is refused before the password is checked (no lockout by it).
        if (throttle.IsBlocked(HttpContext))
        {
            await LoginThrottle.RefuseAsync(HttpContext, null, HttpContext.RequestAborted);
            return new EmptyResult();
        }

        var result = await signIn.PasswordSignInAsync(UserName!, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : await LandingAsync(UserName!));
        }

        throttle.RecordFailure(HttpContext);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Учётная запись временно заблокирована после неудачных попыток входа; повторите позже."
            : "Неверное имя пользователя или пароль.");
        Password = null;
        return Page();
    }

    /// <summary>
    /// Where a login without a page to return to lands: a coordinator or director on their organisation's year (the
    /// school year of today if the host keeps it, else the latest year up to now), everyone else on the start page.
    /// </summary>
    private async Task<string> LandingAsync(string userName)
    {
        var account = await signIn.UserManager.FindByNameAsync(userName);
        if (account?.OrganizationId is not { } organization
            || !(await signIn.UserManager.IsInRoleAsync(account, nameof(Role.Coordinator)) || await signIn.UserManager.IsInRoleAsync(account, nameof(Role.Director)))
            || (await organizations.GetAsync(organization, HttpContext.RequestAborted)).Value is not { Years.Count: > 0 } view)
        {
            return "/";
        }

        var today = clock.Today;
        var schoolYear = today.Month >= 9 ? today.Year : today.Year - 1;
        var year = view.Years.Contains(schoolYear) ? schoolYear : view.Years.Where(y => y <= today.Year).DefaultIfEmpty(view.Years.Min()).Max();
        return $"/{Uri.EscapeDataString(organization)}/{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
