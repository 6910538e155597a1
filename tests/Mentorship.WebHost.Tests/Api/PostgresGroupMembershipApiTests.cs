using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>Group composition changes and mentors from other organisations on a real PostgreSQL server (skipped, saying why, where there is none).</summary>
public sealed class PostgresGroupMembershipApiTests(HostFixture<PostgresDatabase> fixture) : GroupMembershipApiSuite<PostgresDatabase>(fixture);
