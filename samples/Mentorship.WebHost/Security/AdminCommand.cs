using Mentorship.WebHost.Contracts;

namespace Mentorship.WebHost.Security;

/// <summary>
/// <c>dotnet Mentorship.WebHost.dll create-admin --user NAME</c>: creates the first municipal administrator, reading
/// the password from standard input (one line), so that it never appears in the command line, the shell's history or
/// the process list. The database is brought to the latest migration first.
/// </summary>
internal static class AdminCommand
{
    public const string Name = "create-admin";

    /// <summary>Whether the arguments ask for the command.</summary>
    public static bool Asked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>The arguments left for the host's configuration (without the command and its <c>--user NAME</c>).</summary>
    public static (string? User, string[] HostArgs) Parse(string[] args)
    {
        string? user = null;
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--user" && i + 1 < args.Length)
            {
                user = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return (user, [.. rest]);
    }

    /// <summary>Runs the command; returns the process exit code (0 created, 1 refused, 2 wrong usage).</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string? user, TextReader input, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            await error.WriteLineAsync("Использование: dotnet Mentorship.WebHost.dll create-admin --user ИМЯ (пароль — одной строкой на стандартном вводе).");
            return 2;
        }

        var password = await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("Пароль не получен: подайте его одной строкой на стандартный ввод.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var created = await accounts.CreateAsync(new AccountInput(user, password, Role.Municipal, null, null), Role.Municipal, null, default);
        if (created.Failure is { } failure)
        {
            foreach (var (field, messages) in failure.Errors)
            {
                foreach (var message in messages)
                {
                    await error.WriteLineAsync($"{field}: {message}");
                }
            }

            return 1;
        }

        await output.WriteLineAsync($"Создан муниципальный администратор «{created.Value!.UserName}».");
        return 0;
    }
}
