using Microsoft.Data.Sqlite;

namespace Mentorship.WebHost.Tests.Infrastructure;

/// <summary>A real SQLite file in the temp folder, new for each test class, deleted afterwards.</summary>
public sealed class SqliteDatabase : ITestDatabase, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"mentorship-webhost-{Guid.NewGuid():N}.db");

    public string Provider => "Sqlite";

    public string ConnectionString => $"Data Source={_path}";

    public string? Unavailable => null;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
