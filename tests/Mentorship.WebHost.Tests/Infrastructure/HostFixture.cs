namespace Mentorship.WebHost.Tests.Infrastructure;

/// <summary>One running host (test server) on one database, shared by the tests of a class.</summary>
/// <typeparam name="TDatabase">The database.</typeparam>
public sealed class HostFixture<TDatabase> : IDisposable
    where TDatabase : ITestDatabase, IDisposable, new()
{
    private readonly Lazy<HostFactory> _factory;

    public HostFixture()
    {
        Database = new TDatabase();
        _factory = new Lazy<HostFactory>(() => new HostFactory(Database.Provider, Database.ConnectionString));
    }

    public TDatabase Database { get; }

    /// <summary>The host; started on first use. Only touch it after <c>Skip.If(Database.Unavailable …)</c>.</summary>
    public HostFactory Factory => _factory.Value;

    public void Dispose()
    {
        if (_factory.IsValueCreated)
        {
            _factory.Value.Dispose();
        }

        Database.Dispose();
    }
}
