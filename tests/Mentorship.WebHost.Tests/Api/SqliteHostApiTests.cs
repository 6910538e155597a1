using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>The host's API on a real SQLite file.</summary>
public sealed class SqliteHostApiTests(HostFixture<SqliteDatabase> fixture) : HostApiSuite<SqliteDatabase>(fixture);
