using Mentorship.WebHost.Tests.Infrastructure;

namespace Mentorship.WebHost.Tests.Security;

/// <summary>The participants' pages on Postgres.</summary>
public sealed class PostgresParticipantPagesTests(HostFixture<PostgresDatabase> fixture) : ParticipantPagesSuite<PostgresDatabase>(fixture);
