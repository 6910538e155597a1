using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>The access matrix on a real PostgreSQL server (skipped, saying why, where there is none).</summary>
public sealed class PostgresAccessMatrixTests(HostFixture<PostgresDatabase> fixture) : AccessMatrixSuite<PostgresDatabase>(fixture);
