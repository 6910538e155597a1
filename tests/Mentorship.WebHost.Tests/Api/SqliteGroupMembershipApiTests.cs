using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Api;

/// <summary>Group composition changes and mentors from other organisations on a real SQLite file.</summary>
public sealed class SqliteGroupMembershipApiTests(HostFixture<SqliteDatabase> fixture) : GroupMembershipApiSuite<SqliteDatabase>(fixture);
