using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Persistence;

/// <summary>The round trips on a real PostgreSQL server (skipped, saying why, where there is none).</summary>
public sealed class PostgresPersistenceTests(HostFixture<PostgresDatabase> fixture) : PersistenceSuite<PostgresDatabase>(fixture);
