using System.Text.RegularExpressions;

namespace Mentorship.WebHost.Tests.Language;

/// <summary>
/// The web host's source holds no English text a person reads: every string literal of its C# and Razor files and
/// every text between the tags of its pages is scanned for three Latin words in a row. What people never read is
/// left out by kind (the OpenAPI document's summaries and tags, log message templates, regular expressions, SQL
/// pragmas, comments), and a few literals by an explicit list, each with its reason.
/// </summary>
public sealed partial class SourceTextTests
{
    // Literals allowed as they are, with why.
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["\"could not be mapped\""] = "matched against the framework's exception message, never shown",
        ["\"Укажите одну роль: Municipal, Coordinator, Director, Mentor или Mentee.\""] = "the role names are the API's enum values",
        ["\"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \""] = "a header value",
    };

    // Lines whose literals are for developers or machines: the OpenAPI document, log templates, patterns, SQL.
    private static readonly string[] DeveloperLines =
        [".WithSummary(", ".WithTags(", ".WithName(", ".WithDescription(", "[LoggerMessage(", "[GeneratedRegex(", "CommandText =", "Info.Description ="];

    [Fact]
    public void WebHostSource_HasNoEnglishTextForPeople()
    {
        var root = Path.Combine(RepositoryRoot(), "samples", "Mentorship.WebHost");
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Segments(f).Any(s => s is "obj" or "bin" or "Migrations"))
            .ToArray();

        var found = files.SelectMany(f => Scan(f).Select(hit => $"{Path.GetRelativePath(root, f)}:{hit}")).ToArray();

        files.Length.Should().BeGreaterThan(100, "the scan reads the host's sources");
        found.Should().BeEmpty();
    }

    [Fact]
    public void Scanner_FindsEnglishInALiteralAndInAPage_AndSkipsWhatPeopleNeverRead()
    {
        var file = Path.Combine(Path.GetTempPath(), $"scan-{Guid.NewGuid():N}.cshtml");
        File.WriteAllLines(file,
        [
            "return HostFailure.NotFound($\"The mentee bank {key} holds no '{id}'.\");",
            "<p>Nothing was saved here</p>",
            "<p>Ничего не сохранено (K6, JSON).</p>",
            "// a comment in English is for developers",
            ".WithSummary(\"Opens the year's mentee bank.\")",
            "errors.Add(\"year\", \"Год — от 2000 до 2100.\");",
        ]);
        try
        {
            Scan(file).Should().Equal(["1: $\"The mentee bank X holds no 'X'.\"", "2: Nothing was saved here"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IEnumerable<string> Scan(string file)
    {
        var page = file.EndsWith(".cshtml", StringComparison.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("@*", StringComparison.Ordinal)
                || DeveloperLines.Any(d => line.Contains(d, StringComparison.Ordinal)))
            {
                continue;
            }

            // In a page, an attribute's Razor expression (data-done="@(x ? "true" : "false")") is code, not a literal's edge.
            foreach (Match literal in Literal().Matches(page ? Expression().Replace(line, " ") : line))
            {
                var text = Hole().Replace(literal.Value, "X");
                if (!Allowed.ContainsKey(literal.Value) && EnglishRun().IsMatch(text))
                {
                    yield return $"{number}: {text}";
                }
            }

            if (page)
            {
                // The text between tags (the tags and Razor expressions removed).
                var visible = Razor().Replace(Tag().Replace(Literal().Replace(line, " "), " "), " ");
                foreach (Match run in EnglishRun().Matches(visible))
                {
                    yield return $"{number}: {run.Value}";
                }
            }
        }
    }

    private static IEnumerable<string> Segments(string path) => path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mentorship.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root is not above the test's folder.");
    }

    [GeneratedRegex(@"\$?@?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"@\((?:[^()]|\([^()]*\))*\)")]
    private static partial Regex Expression();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"<[^>]*>?")]
    private static partial Regex Tag();

    // @Model.X, @Labels.Of(u.Status), @(…), @if (…) {, @foreach (var x in y): Razor, not text.
    [GeneratedRegex(@"^\s*(@?(if|else|foreach|for|var|switch|case|return|using|model|page|inject)\b.*|[{}].*)$|@\(.*?\)|@[A-Za-z_][\w.]*(\s*\([^)]*\))?")]
    private static partial Regex Razor();

    // Three Latin words in a row is a sentence (or its piece); codes (request-list.empty) and identifiers (T03, K12) are not.
    [GeneratedRegex(@"\b[A-Za-z][a-z]+(?:[ ,']+[A-Za-z][a-z]+){2,}\b")]
    private static partial Regex EnglishRun();
}
