using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>The hardening on a real PostgreSQL server (skipped, saying why, where there is none).</summary>
public sealed class PostgresHardeningTests(HostFixture<PostgresDatabase> fixture) : HardeningSuite<PostgresDatabase>(fixture);
