using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebHost.Storage;

/// <summary>The database on SQLite (the default: a local file). Its migrations are in <c>Storage/Migrations/Sqlite</c>.</summary>
public sealed class SqliteMentorshipDbContext : MentorshipDbContext
{
    public SqliteMentorshipDbContext(DbContextOptions<SqliteMentorshipDbContext> options)
        : base(options)
    {
    }

    protected override string SnapshotColumnType => "TEXT";
}
