using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>The life of pairs and the staff list on a real PostgreSQL server (skipped, saying why, where there is none).</summary>
public sealed class PostgresLifecycleApiTests(HostFixture<PostgresDatabase> fixture) : LifecycleApiSuite<PostgresDatabase>(fixture);
