namespace Mentorship.Domain.Tests.TestHelpers;

/// <summary>The folder of <c>Mentorship.Domain.sln</c>, found upwards from the test binaries: where the tests read the repository's own files.</summary>
internal static class RepositoryRoot
{
    /// <summary>The full path of the repository's root folder.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Mentorship.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }
}
