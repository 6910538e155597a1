using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// Personal data at rest in SQLite: every connection turns <c>secure_delete</c> on (erased rows are overwritten with
/// zeros, so a withdrawn person's data does not stay readable in free pages of the file), and the database file is
/// created readable by its owner only (0600, in a 0700 folder; SQLite gives its -wal and -shm files the same mode).
/// </summary>
internal sealed class SqliteHardening : DbConnectionInterceptor
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Creates the database file (and its folder) for the owner only, or narrows an existing file to 0600.</summary>
    public static void PrepareFile(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            using var created = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
        }
        else
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }

        foreach (var companion in new[] { path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(companion))
            {
                File.SetUnixFileMode(companion, OwnerOnly);
            }
        }
    }
}
