using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>The host's Russian problem details and pages on a real SQLite file.</summary>
public sealed class SqliteRussianApiTests(HostFixture<SqliteDatabase> fixture) : RussianApiSuite<SqliteDatabase>(fixture);
