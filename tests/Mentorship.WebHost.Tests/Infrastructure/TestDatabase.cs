namespace Mentorship.WebHost.Tests.Infrastructure;

/// <summary>A database for one test class: its provider and connection string, or why it is not available.</summary>
public interface ITestDatabase
{
    string Provider { get; }

    string ConnectionString { get; }

    /// <summary>Null when the database is there; otherwise why not (the tests skip, saying so).</summary>
    string? Unavailable { get; }
}
