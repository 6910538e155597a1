using Npgsql;

namespace Mentorship.WebHost.Tests.Infrastructure;

/// <summary>
/// A new database on the PostgreSQL server named by the environment variable <c>MENTORSHIP_TEST_POSTGRES</c> (a
/// connection string whose user may create databases; <c>.ci/run</c> starts such a server and sets it). Without
/// the variable, or when the server does not answer, the PostgreSQL tests are skipped with the reason.
/// </summary>
public sealed class PostgresDatabase : ITestDatabase, IDisposable
{
    public const string Variable = "MENTORSHIP_TEST_POSTGRES";

    private readonly string? _admin;
    private readonly string _name = $"mentorship_test_{Guid.NewGuid():N}";

    public PostgresDatabase()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(given))
        {
            Unavailable = $"PostgreSQL tests skipped: the environment variable {Variable} is not set (.ci/run sets it after starting a server).";
            return;
        }

        try
        {
            var admin = new NpgsqlConnectionStringBuilder(given) { Timeout = 30, Pooling = false };
            using (var connection = new NpgsqlConnection(admin.ConnectionString))
            {
                connection.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
                create.ExecuteNonQuery();
            }

            _admin = admin.ConnectionString;
            ConnectionString = new NpgsqlConnectionStringBuilder(given) { Database = _name }.ConnectionString;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            Unavailable = $"PostgreSQL tests skipped: the server of {Variable} could not be used ({e.GetType().Name}: {e.Message}).";
        }
    }

    public string Provider => "PostgreSQL";

    public string ConnectionString { get; } = string.Empty;

    public string? Unavailable { get; }

    public void Dispose()
    {
        if (_admin is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();

        // The drop can race a host still closing its connections, or a server busy with the other suites' drops;
        // try a few times. A scratch database left behind (its name is unique) is reported, not a failed run.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new NpgsqlConnection(_admin);
                connection.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (attempt < 5)
            {
                Console.Error.WriteLine($"test database {_name}: drop attempt {attempt} failed ({e.SqlState}); retrying");
                Thread.Sleep(500 * attempt);
            }
            catch (PostgresException e)
            {
                Console.Error.WriteLine($"test database {_name} was left behind: {e.SqlState} {e.MessageText}");
                return;
            }
        }
    }
}
