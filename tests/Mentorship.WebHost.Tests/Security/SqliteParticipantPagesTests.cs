using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>The participants' pages on Sqlite.</summary>
public sealed class SqliteParticipantPagesTests(HostFixture<SqliteDatabase> fixture) : ParticipantPagesSuite<SqliteDatabase>(fixture);
