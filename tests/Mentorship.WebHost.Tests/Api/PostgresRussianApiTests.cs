using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>The host's Russian problem details and pages on a real PostgreSQL server (skipped, saying why, where there is none).</summary>
public sealed class PostgresRussianApiTests(HostFixture<PostgresDatabase> fixture) : RussianApiSuite<PostgresDatabase>(fixture);
