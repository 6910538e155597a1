using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>The life of pairs and the staff list on a real SQLite file.</summary>
public sealed class SqliteLifecycleApiTests(HostFixture<SqliteDatabase> fixture) : LifecycleApiSuite<SqliteDatabase>(fixture);
