using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>The access matrix on a real SQLite file.</summary>
public sealed class SqliteAccessMatrixTests(HostFixture<SqliteDatabase> fixture) : AccessMatrixSuite<SqliteDatabase>(fixture);
