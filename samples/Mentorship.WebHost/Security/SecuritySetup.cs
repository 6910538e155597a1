using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Mentorship.WebHost.Security;

/// <summary>
/// Accounts (ASP.NET Core Identity on the host's database), the login cookie shared by pages and API, the
/// authorisation of every endpoint by <see cref="AccessPolicy"/>, and Data Protection keys kept in the database so
/// that several instances read each other's cookies and antiforgery tokens.
/// </summary>
internal static class SecuritySetup
{
    /// <summary>The login cookie's name.</summary>
    public const string CookieName = "mentorship.auth";

    public static IServiceCollection AddMentorshipSecurity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddIdentityCore<Account>(o =>
            {
                // Length over composition: a passphrase of 12 characters or more, not a pattern of classes.
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789-._";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MentorshipDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AccountClaims>()
            .AddErrorDescriber<RussianIdentityErrors>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.Events = new CookieAuthenticationEvents
            {
                // The API answers 401 and 403; only pages are sent to the login form.
                OnRedirectToLogin = c =>
                {
                    if (IsApi(c.Request))
                    {
                        c.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    }
                    else
                    {
                        c.Response.Redirect(c.RedirectUri);
                    }

                    return Task.CompletedTask;
                },
                OnRedirectToAccessDenied = c =>
                {
                    c.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });

        services.AddSingleton<IAuthorizationHandler, OperationAuthorization>();
        services.AddAuthorizationBuilder()
            .AddPolicy(OperationRequirement.Policy, p => p.RequireAuthenticatedUser().AddRequirements(new OperationRequirement()));

        // HSTS (outside Development, over HTTPS only): a year, as browsers' preload lists expect.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        services.AddDataProtection().SetApplicationName("Mentorship.WebHost").PersistKeysToDbContext<MentorshipDbContext>();
        return services;
    }

    /// <summary>Whether a request goes to the API (answers in problem details, never redirected).</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gives every endpoint of the group its access from <see cref="AccessPolicy.Operations"/>; one missing stops the host.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var name = endpoint.Metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName
                ?? throw new InvalidOperationException($"У операции «{endpoint.DisplayName}» нет имени, и AccessPolicy не может её перечислить.");
            if (!AccessPolicy.Operations.TryGetValue(name, out var access))
            {
                throw new InvalidOperationException($"Операции «{name}» нет в AccessPolicy.Operations: укажите, кому она доступна.");
            }

            Apply(endpoint.Metadata, access);
        });
        return builder;
    }

    /// <summary>The page convention: every page gets its access from <see cref="AccessPolicy.Pages"/>; one missing stops the host.</summary>
    public static void RequireAccess(PageApplicationModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!AccessPolicy.Pages.TryGetValue(page.ViewEnginePath, out var access))
        {
            throw new InvalidOperationException($"Страницы «{page.ViewEnginePath}» нет в AccessPolicy.Pages: укажите, кому она доступна.");
        }

        Apply(page.EndpointMetadata, access);
    }

    private static void Apply(IList<object> metadata, Access access)
    {
        metadata.Add(access);
        metadata.Add(access.IsAnonymous ? new AllowAnonymousAttribute() : new AuthorizeAttribute(OperationRequirement.Policy));
    }
}
