using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>The host's API on a real PostgreSQL server (skipped, saying why, where there is none).</summary>
public sealed class PostgresHostApiTests(HostFixture<PostgresDatabase> fixture) : HostApiSuite<PostgresDatabase>(fixture);
