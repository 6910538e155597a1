using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebHost.Security;

/// <summary>Creates accounts and the roles they need; shared by the API, the <c>create-admin</c> command and the demo seeding.</summary>
public sealed class AccountService(UserManager<Account> users, RoleManager<IdentityRole> roles, OrganizationService organizations)
{
    /// <summary>The longest user name accepted.</summary>
    public const int MaxUserName = 64;

    /// <summary>The longest password accepted (longer input is refused before hashing).</summary>
    public const int MaxPassword = 256;

    /// <summary>The roles that work inside one organisation.</summary>
    public const Role OrganizationRoles = Role.Coordinator | Role.Director | Role.Mentor | Role.Mentee;

    /// <summary>
    /// Creates an account on behalf of <paramref name="creator"/>: the municipal administrator creates any account; a
    /// coordinator creates accounts of their own organisation (not municipal ones). Every refusal names its field.
    /// </summary>
    public async Task<HostOutcome<AccountView>> CreateAsync(AccountInput input, Role creator, string? creatorOrganization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var userName = errors.Required(input.UserName, "userName");
        if (userName is { Length: > MaxUserName })
        {
            errors.Add("userName", $"Имя пользователя не длиннее {MaxUserName} символов.");
        }

        var password = errors.Required(input.Password, "password");
        if (password is { Length: > MaxPassword })
        {
            errors.Add("password", $"Пароль не длиннее {MaxPassword} символов.");
        }

        var role = errors.Required(input.Role, "role");
        var organization = string.IsNullOrWhiteSpace(input.OrganizationId) ? null : input.OrganizationId;
        if (role is { } r)
        {
            if (!Enum.IsDefined(r) || r == Role.None)
            {
                errors.Add("role", "Укажите одну роль: Municipal, Coordinator, Director, Mentor или Mentee.");
            }
            else if (!creator.HasFlag(Role.Municipal))
            {
                // A coordinator works inside their organisation only.
                organization ??= r == Role.Municipal ? null : creatorOrganization;
                if (r == Role.Municipal)
                {
                    errors.Add("role", "Учётную запись муниципального администратора создаёт только муниципальный администратор.");
                }

                else if (!string.Equals(organization, creatorOrganization, StringComparison.Ordinal))
                {
                    errors.Add("organizationId", "Координатор создаёт учётные записи только своей организации.");
                }
            }

            if (r == Role.Municipal && organization is not null)
            {
                errors.Add("organizationId", "Муниципальный администратор не привязан к организации.");
            }

            if (OrganizationRoles.HasFlag(r) && r != Role.None && organization is null)
            {
                errors.Add("organizationId", "Укажите организацию учётной записи.");
            }
            else if (organization is not null && await organizations.FindAsync(organization, cancellationToken) is null)
            {
                errors.Add("organizationId", "Такой организации нет.");
            }

            var participant = r is Role.Mentor or Role.Mentee;
            if (participant && string.IsNullOrWhiteSpace(input.EducatorId))
            {
                errors.Add("educatorId", "Наставнику и наставляемому нужен идентификатор педагога из банка.");
            }
            else if (!participant && input.EducatorId is not null)
            {
                errors.Add("educatorId", "Идентификатор педагога указывают только наставнику и наставляемому.");
            }
            else if (input.EducatorId is { Length: > 64 })
            {
                errors.Add("educatorId", "Идентификатор педагога не длиннее 64 символов.");
            }
        }

        if (errors.Any || userName is null || password is null || role is null)
        {
            return HostFailure.Invalid(errors);
        }

        var account = new Account { UserName = userName, OrganizationId = organization, EducatorId = input.EducatorId };
        var created = await CreateAsync(account, password, [role.Value], cancellationToken);
        return created.Failure is { } failure ? failure : HostOutcome<AccountView>.New(View(account, [role.Value]), 0);
    }

    /// <summary>Creates an account with its password (checked by the password rules) and roles; refusals name their field.</summary>
    public async Task<HostOutcome<Account>> CreateAsync(Account account, string? password, IReadOnlyList<Role> accountRoles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(accountRoles);
        await EnsureRolesAsync(cancellationToken);
        var result = password is null ? await users.CreateAsync(account) : await users.CreateAsync(account, password);
        if (!result.Succeeded)
        {
            var errors = new InputErrors();
            foreach (var error in result.Errors)
            {
                errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName", error.Description);
            }

            return HostFailure.Invalid(errors);
        }

        var added = await users.AddToRolesAsync(account, accountRoles.Select(r => r.ToString()));
        return added.Succeeded
            ? HostOutcome<Account>.Ok(account)
            : throw new InvalidOperationException($"Не удалось назначить роли новой учётной записи: {string.Join(", ", added.Errors.Select(e => e.Code))}.");
    }

    /// <summary>Whether any account exists (the first start of a host without one says how to create one).</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken) => users.Users.AnyAsync(cancellationToken);

    /// <summary>The view of an account with its roles.</summary>
    public static AccountView View(Account account, IEnumerable<Role> accountRoles)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new AccountView(account.UserName ?? string.Empty, [.. accountRoles], account.OrganizationId, account.EducatorId);
    }

    private async Task EnsureRolesAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.None))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role.ToString()))
            {
                var created = await roles.CreateAsync(new IdentityRole(role.ToString()));
                if (!created.Succeeded && !await roles.RoleExistsAsync(role.ToString()))
                {
                    throw new InvalidOperationException($"Не удалось создать роль {role}.");
                }
            }
        }
    }
}
