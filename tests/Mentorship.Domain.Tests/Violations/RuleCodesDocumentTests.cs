using Mentorship.Domain.Tests.TestHelpers;
using System.Text;
using Mentorship.Domain.Common.Violations;

namespace Mentorship.Domain.Tests.Violations;

/// <summary>
/// docs/rule-codes.md is generated from <see cref="ViolationCatalog"/> and kept equal to it. To regenerate it, run
/// this test with <c>MENTORSHIP_WRITE_DOCS=1</c>.
/// </summary>
public class RuleCodesDocumentTests
{
    [Fact]
    public void RuleCodesDocument_IsTheCatalogue()
    {
        var path = Path.Combine(RepositoryRoot.Path, "docs", "rule-codes.md");
        var expected = Render();
        if (Environment.GetEnvironmentVariable("MENTORSHIP_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.Exists(path).Should().BeTrue("docs/rule-codes.md is generated: run this test once with MENTORSHIP_WRITE_DOCS=1");
        File.ReadAllText(path).Replace("\r\n", "\n").Should().Be(
            expected, "docs/rule-codes.md must list the catalogue as it is: run this test with MENTORSHIP_WRITE_DOCS=1 to regenerate it");
    }

    [Fact]
    public void Render_ListsEveryCodeOnce()
    {
        var text = Render();
        foreach (var entry in ViolationCatalog.Entries)
        {
            text.Split('\n').Count(l => l.StartsWith("| `" + entry.Code + "` |", StringComparison.Ordinal)).Should().Be(1, entry.Code);
        }
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Rule codes\n\n");
        text.Append("Every code a rule of the library can break, generated from `ViolationCatalog` ");
        text.Append("(`src/Mentorship.Domain/Common/Violations/ViolationCatalog.cs`) by `RuleCodesDocumentTests`; do not edit by hand.\n\n");
        text.Append("A violation carries its arguments as data (`RuleViolation.Arguments`); `RuleViolation.Message` is the Russian text ");
        text.Append("with them put in, `ViolationFormatter.English` gives the English one and `ViolationFormatter.WithText` a host's own. ");
        text.Append("`{name}` is an argument; `{name|one|few|many}` is a number with the Russian noun that agrees with it ");
        text.Append("(«3 рабочих дня»), `{name|one|other}` the English one. Dates are written 12.10.2026 in Russian, periods ");
        text.Append("«с 01.09.2026 по 31.05.2027», topics by their catalogue titles, terms (`Type.Member`) in words.\n\n");
        text.Append(FormattableString.Invariant($"{ViolationCatalog.Entries.Count} codes.\n\n"));
        foreach (var room in ViolationCatalog.Entries.GroupBy(e => e.Code.Substring(0, e.Code.IndexOf('.', StringComparison.Ordinal))))
        {
            text.Append("## ").Append(room.Key).Append("\n\n");
            text.Append("| Code | Rule | Arguments | Russian | English |\n");
            text.Append("|---|---|---|---|---|\n");
            foreach (var entry in room)
            {
                var arguments = entry.Arguments.Count == 0
                    ? "—"
                    : string.Join(", ", entry.Arguments.Select(a => "`" + a.Name + "` (" + a.Kind.ToString().ToLowerInvariant() + ")"));
                text.Append("| `").Append(entry.Code).Append("` | ").Append(entry.Rule).Append(" | ").Append(arguments)
                    .Append(" | ").Append(Cell(entry.Russian)).Append(" | ").Append(Cell(entry.English)).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
