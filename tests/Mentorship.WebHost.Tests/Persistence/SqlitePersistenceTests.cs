using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Persistence;

/// <summary>The round trips on a real SQLite file.</summary>
public sealed class SqlitePersistenceTests(HostFixture<SqliteDatabase> fixture) : PersistenceSuite<SqliteDatabase>(fixture);
