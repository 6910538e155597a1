using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Security;
using Microsoft.AspNetCore.Identity;

namespace Mentorship.WebHost.Api;

/// <summary>
/// <c>/api/account</c>: log in (sets the same cookie the pages use), log out, who am I; <c>/api/accounts</c>: create
/// an account (the municipal administrator any, a coordinator their organisation's).
/// </summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/account").WithTags("Accounts");

        account.MapPost("/login", async (LoginInput input, SignInManager<Account> signIn, LoginThrottle throttle, HttpContext c, CancellationToken ct) =>
            {
                var errors = new InputErrors();
                var userName = errors.Required(input.UserName, "userName");
                var password = errors.Required(input.Password, "password");
                if (userName is { Length: > AccountService.MaxUserName })
                {
                    errors.Add("userName", $"Имя пользователя не длиннее {AccountService.MaxUserName} символов.");
                }

                if (password is { Length: > AccountService.MaxPassword })
                {
                    errors.Add("password", $"Пароль не длиннее {AccountService.MaxPassword} символов.");
                }

                if (errors.Any || userName is null || password is null)
                {
                    return HttpResults.Invalid(errors);
                }

                // An address that spent its failed attempts is refused before the password is checked (no lockout by it).
                if (throttle.IsBlocked(c))
                {
                    await LoginThrottle.RefuseAsync(c, null, ct);
                    return Results.Empty;
                }

                var result = await signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);
                if (!result.Succeeded)
                {
                    throttle.RecordFailure(c);
                }

                if (result.IsLockedOut)
                {
                    return Results.Problem("Учётная запись временно заблокирована после неудачных попыток входа; повторите позже.", statusCode: StatusCodes.Status401Unauthorized, title: "Вход заблокирован");
                }

                if (!result.Succeeded)
                {
                    return Results.Problem("Неверное имя пользователя или пароль.", statusCode: StatusCodes.Status401Unauthorized, title: "Вход не выполнен");
                }

                var user = (await signIn.UserManager.FindByNameAsync(userName))!;
                return Results.Ok(AccountService.View(user, await RolesAsync(signIn.UserManager, user)));
            })
            .WithName("Login").WithSummary("Logs in with a user name and password; sets the login cookie (five failed attempts lock the account for 15 minutes; too many attempts or failures from one address get 429).")
            .Produces<AccountView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);

        account.MapPost("/logout", async (SignInManager<Account> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.NoContent();
            })
            .WithName("Logout").WithSummary("Ends the login (the cookie is removed).").Produces(StatusCodes.Status204NoContent);

        account.MapGet("/", async (HttpContext c, UserManager<Account> users) =>
                await users.GetUserAsync(c.User) is { } user
                    ? Results.Ok(AccountService.View(user, await RolesAsync(users, user)))
                    : Results.Unauthorized())
            .WithName("GetCurrentAccount").WithSummary("The logged-in account: user name, roles, organisation, educator.")
            .Produces<AccountView>();

        app.MapPost("/api/accounts", async (AccountInput input, AccountService accounts, HttpContext c, CancellationToken ct) =>
            {
                var created = await accounts.CreateAsync(input, AccountClaims.RolesOf(c.User), AccountClaims.OrganizationOf(c.User), ct);
                return created.Failure is { } failure ? failure.ToHttp() : Results.Json(created.Value, statusCode: StatusCodes.Status201Created);
            })
            .WithTags("Accounts").WithName("CreateAccount")
            .WithSummary("Creates an account: the municipal administrator any, a coordinator their own organisation's (director, mentor, mentee, coordinator).")
            .Produces<AccountView>(StatusCodes.Status201Created).ProducesValidationProblem();
    }

    /// <summary>Maps the organisation's audit log (the coordinator's to read).</summary>
    public static void MapAudit(IEndpointRouteBuilder app) =>
        app.MapGet(YearRoute.Prefix + "/audit", (string organizationId, int year, Storage.MentorshipDbContext db, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => Results.Ok(await AuditLog.ReadAsync(db, key.OrganizationId.Value, key.Year, ct))))
            .WithTags("Accounts").WithName("ListAuditLog")
            .WithSummary("The audit log of the organisation's year, newest first (at most 500 lines): who read, exported, changed or erased whose data, by identifier.")
            .Produces<IReadOnlyList<AuditEntryView>>();

    private static async Task<IReadOnlyList<Role>> RolesAsync(UserManager<Account> users, Account user) =>
        [.. (await users.GetRolesAsync(user)).Select(r => Enum.TryParse<Role>(r, out var role) ? role : Role.None).Where(r => r != Role.None).Order()];
}
