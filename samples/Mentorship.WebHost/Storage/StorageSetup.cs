using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// Chooses the database from configuration: <c>Database:Provider</c> is <c>Sqlite</c> (default; the connection
/// string defaults to a file under <c>App_Data</c>) or <c>PostgreSQL</c> (then <c>ConnectionStrings:Mentorship</c>
/// is required). Both use the same model; each has its own migrations.
/// </summary>
internal static class StorageSetup
{
    public const string DefaultSqlite = "Data Source=App_Data/mentorship.db";

    public static IServiceCollection AddMentorshipStorage(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("Mentorship");
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var sqlite = ResolveSqlite(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite : connectionString, contentRoot);
            services.AddDbContext<SqliteMentorshipDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(new SqliteHardening()));
            services.AddScoped<MentorshipDbContext>(sp => sp.GetRequiredService<SqliteMentorshipDbContext>());
        }
        else if (provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider — PostgreSQL, но строка подключения ConnectionStrings:Mentorship пуста.");
            }

            services.AddDbContext<PostgresMentorshipDbContext>(o => o.UseNpgsql(connectionString));
            services.AddScoped<MentorshipDbContext>(sp => sp.GetRequiredService<PostgresMentorshipDbContext>());
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider «{provider}» неизвестен: укажите Sqlite или PostgreSQL.");
        }

        return services;
    }

    /// <summary>Brings the database to the latest migration of its provider.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers do not wait for a writer, and writers queue instead of failing (several coordinators at once).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    // A relative file is placed under the content root (not the current directory); the file and its folder are created for the owner only.
    private static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            SqliteHardening.PrepareFile(path);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
