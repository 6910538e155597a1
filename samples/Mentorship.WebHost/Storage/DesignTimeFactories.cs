using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentorship.WebHost.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteMentorshipDbContext</c> build the context without the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMentorshipDbContext>
{
    public SqliteMentorshipDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMentorshipDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresMentorshipDbContext</c> build the context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMentorshipDbContext>
{
    public PostgresMentorshipDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMentorshipDbContext>().UseNpgsql("Host=127.0.0.1;Database=design_time").Options);
}
