using Mentorship.SampleData;
using Mentorship.SampleData.Year;
using Mentorship.WebHost.Security;
using Microsoft.AspNetCore.Identity;

namespace Mentorship.WebHost.Demo;

/// <summary>
/// The demo's accounts, one per role, all with the password of <c>Demo:Password</c>: <c>coordinator</c> and
/// <c>director</c> of the demo organisation, <c>municipal</c>, and every demo mentor and mentee by their identifier
/// in lower case (<c>t01</c>, <c>s01</c>; T07 is in both banks, so <c>t07</c> is both). Missing ones are created at
/// each start; existing ones are left as they are.
/// </summary>
internal static partial class DemoAccounts
{
    public static async Task SeedAsync(IServiceProvider services, string password, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, new Account(), password);
            if (!checkedPassword.Succeeded)
            {
                throw new InvalidOperationException("Demo:Password не подходит под правила паролей: " + string.Join(" ", checkedPassword.Errors.Select(e => e.Description)));
            }
        }

        // One hash for every demo account: they share the password anyway, and hashing is slow on purpose.
        var hash = users.PasswordHasher.HashPassword(new Account(), password);
        var organization = DemoData.OrganizationId.Value;
        // The intake's people and the two who come during the lived year (a new hire in October, a mentor in November).
        var mentees = DemoData.MenteeApplications.Select(a => a.Educator.Id.Value).Append(PairingDemoData.NewHire.Educator.Id.Value).ToHashSet(StringComparer.Ordinal);
        var mentors = DemoData.MentorApplications.Select(a => a.Educator.Id.Value).Append(PairingDemoData.NewMentor.Educator.Id.Value).ToHashSet(StringComparer.Ordinal);
        var wanted = new List<(string Name, string? Organization, string? Educator, Role[] Roles)>
        {
            ("municipal", null, null, [Role.Municipal]),
            ("coordinator", organization, null, [Role.Coordinator]),
            ("director", organization, null, [Role.Director]),
        };
        foreach (var educator in mentors.Union(mentees).Order(StringComparer.Ordinal))
        {
            Role[] roles = [.. new[] { mentors.Contains(educator) ? Role.Mentor : Role.None, mentees.Contains(educator) ? Role.Mentee : Role.None }.Where(r => r != Role.None)];
            wanted.Add((educator.ToLowerInvariant(), organization, educator, roles));
        }

        var created = 0;
        foreach (var (name, org, educator, roles) in wanted)
        {
            if (await users.FindByNameAsync(name) is not null)
            {
                continue;
            }

            var account = new Account { UserName = name, OrganizationId = org, EducatorId = educator, PasswordHash = hash };
            var outcome = await accounts.CreateAsync(account, null, roles, cancellationToken);
            if (outcome.Failure is { } failure)
            {
                throw new InvalidOperationException($"Не удалось создать демонстрационную учётную запись «{name}»: {string.Join(" ", failure.Errors.SelectMany(e => e.Value))}");
            }

            created++;
        }

        LogSeeded(logger, created);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo accounts created: {Count}")]
    private static partial void LogSeeded(ILogger logger, int count);
}
