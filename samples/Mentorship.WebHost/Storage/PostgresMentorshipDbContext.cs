using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebHost.Storage;

/// <summary>The database on PostgreSQL. Its migrations are in <c>Storage/Migrations/Postgres</c>.</summary>
public sealed class PostgresMentorshipDbContext : MentorshipDbContext
{
    public PostgresMentorshipDbContext(DbContextOptions<PostgresMentorshipDbContext> options)
        : base(options)
    {
    }

    protected override string SnapshotColumnType => "jsonb";
}
