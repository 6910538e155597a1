namespace Mentorship.Domain.Tests.TestHelpers;

/// <summary>
/// Approved texts kept beside the tests (a <c>Golden</c> folder of a test folder): a rendered text must equal its
/// file word for word. <c>MENTORSHIP_WRITE_DOCS=1</c> rewrites the files from what is rendered, after an intended
/// change; read their difference before committing it.
/// </summary>
internal static class Golden
{
    /// <summary>The folder of approved texts of a test folder, e.g. <c>Documents</c>.</summary>
    public static string Folder(string testFolder)
    {
        return Path.Combine(RepositoryRoot.Path, "tests", "Mentorship.Domain.Tests", testFolder, "Golden");
    }

    /// <summary>Asserts that <paramref name="actual"/> is the approved text <paramref name="name"/> of the folder.</summary>
    public static void Check(string testFolder, string name, string actual)
    {
        var path = Path.Combine(Folder(testFolder), name);
        if (Environment.GetEnvironmentVariable("MENTORSHIP_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).Should().BeTrue($"{name} is approved text: run this test once with MENTORSHIP_WRITE_DOCS=1 and read it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        FirstDifference(expected, actual).Should().BeNull($"{name} must be rendered as approved (MENTORSHIP_WRITE_DOCS=1 rewrites it after an intended change)");
    }

    /// <summary>The first line where the two texts differ, with both versions; null when they are equal.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        if (expected == actual)
        {
            return null;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end of text)";
            var right = i < a.Length ? a[i] : "(end of text)";
            if (left != right)
            {
                return $"line {i + 1}:\n  approved: {left}\n  rendered: {right}";
            }
        }

        return "the texts differ only in their last line break";
    }
}
