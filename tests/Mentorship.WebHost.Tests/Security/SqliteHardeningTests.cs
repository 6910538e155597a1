using System.Data;
using Mentorship.WebHost.Storage;
using Mentorship.WebHost.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>The hardening on a real SQLite file, and what only SQLite has: secure_delete and the file's mode.</summary>
public sealed class SqliteHardeningTests(HostFixture<SqliteDatabase> fixture) : HardeningSuite<SqliteDatabase>(fixture)
{
    [Fact]
    public async Task DatabaseFile_IsTheOwnersOnly_AndErasedRowsAreOverwritten()
    {
        using var scope = Fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorshipDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA secure_delete;";
            Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(1);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var path = new SqliteConnectionStringBuilder(Fixture.Database.ConnectionString).DataSource;
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        connection.State.Should().Be(ConnectionState.Closed);
    }
}
