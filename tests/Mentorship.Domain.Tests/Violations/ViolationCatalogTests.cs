using System.Reflection;
using System.Text.RegularExpressions;
using Mentorship.Domain.Common;
using Mentorship.Domain.Common.Violations;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Tests.Violations;

/// <summary>The catalogue has both texts for every code a rule class declares, and the texts are sound.</summary>
public partial class ViolationCatalogTests
{
    private static readonly Assembly Core = typeof(RuleViolation).Assembly;

    /// <summary>Every <c>public const string</c> code of a <c>…Rule</c> class: (code, declaring type, field).</summary>
    public static IReadOnlyList<(string Code, string Rule, string Field)> DeclaredCodes() =>
        Core.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Rule", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Code: (string)f.GetRawConstantValue()!, Rule: t.Name, Field: f.Name)))
            .Where(c => CodeShape().IsMatch(c.Code))
            .ToArray();

    [Fact]
    public void EveryCodeOfARuleClass_HasItsTextsInTheCatalogue()
    {
        var missing = DeclaredCodes()
            .Where(c => !ViolationCatalog.TryGet(c.Code, out _))
            .Select(c => $"{c.Code} ({c.Rule}.{c.Field})")
            .ToArray();

        missing.Should().BeEmpty(
            "every code needs its entry in ViolationCatalog (src/Mentorship.Domain/Common/Violations/ViolationCatalog.cs): "
            + "add E(code, rule, russian, english, arguments…) for each of them, then regenerate docs/rule-codes.md");
    }

    [Fact]
    public void TheDeclaredCodesAreFound() =>
        // The reflection above must not silently find nothing: the library had 115 codes when the catalogue was made.
        DeclaredCodes().Select(c => c.Code).Distinct().Should().HaveCountGreaterThanOrEqualTo(115);

    [Fact]
    public void EveryCatalogueEntry_IsDeclaredByItsRuleClass()
    {
        var declared = DeclaredCodes().ToLookup(c => c.Code, c => c.Rule);
        var stray = ViolationCatalog.Entries
            .Where(e => !declared[e.Code].Contains(e.Rule))
            .Select(e => $"{e.Code} ({e.Rule})")
            .ToArray();

        stray.Should().BeEmpty("an entry names the rule class whose constant holds its code");
    }

    [Fact]
    public void Codes_AreUnique() =>
        ViolationCatalog.Entries.GroupBy(e => e.Code).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();

    [Fact]
    public void EveryText_UsesExactlyTheDeclaredArguments_WithValidPlaceholders()
    {
        var problems = new List<string>();
        foreach (var entry in ViolationCatalog.Entries)
        {
            foreach (var language in new[] { ViolationLanguage.Russian, ViolationLanguage.English })
            {
                var pattern = entry.Pattern(language);
                if (string.IsNullOrWhiteSpace(pattern))
                {
                    problems.Add($"{entry.Code}: no {language} text");
                    continue;
                }

                if (ViolationPattern.Check(pattern, entry.Arguments, language) is { } problem)
                {
                    problems.Add($"{entry.Code} ({language}): {problem}");
                }

                var used = ViolationPattern.Placeholders(pattern)?.Select(p => p.Name).ToHashSet() ?? [];
                foreach (var unused in entry.Arguments.Where(a => !used.Contains(a.Name)))
                {
                    problems.Add($"{entry.Code} ({language}): the argument {unused.Name} is not in the text");
                }
            }

            if (entry.Arguments.Select(a => a.Name).Distinct().Count() != entry.Arguments.Count)
            {
                problems.Add($"{entry.Code}: an argument is declared twice");
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void RussianTexts_HaveNoLatinWordsOutsideTheirPlaceholders()
    {
        var latin = ViolationCatalog.Entries
            .Select(e => (e.Code, Text: Placeholder().Replace(e.Russian, string.Empty)))
            .Where(e => LatinLetters().IsMatch(e.Text) || !CyrillicLetters().IsMatch(e.Text))
            .Select(e => $"{e.Code}: {e.Text}")
            .ToArray();

        latin.Should().BeEmpty("a Russian reader gets Russian words; only arguments (identifiers, codes) may be Latin");
    }

    [Fact]
    public void EnglishTexts_HaveNoCyrillicLetters() =>
        ViolationCatalog.Entries.Where(e => CyrillicLetters().IsMatch(e.English)).Select(e => e.Code).Should().BeEmpty();

    [Fact]
    public void EveryTermAViolationCanCarry_HasWordsInBothLanguages()
    {
        Type[] vocabularies =
        [
            typeof(MentorshipForm), typeof(MentoringUnitStatus), typeof(ProgramStatus), typeof(SupportPlanStatus),
            typeof(ParticipantsForm), typeof(EducatorPairVariant), typeof(QuestionKind), typeof(RespondentRole),
        ];
        var keys = ViolationTerms.Keys.ToHashSet();
        var missing = vocabularies
            .SelectMany(t => Enum.GetNames(t).Select(n => t.Name + "." + n))
            .Where(k => !keys.Contains(k))
            .ToArray();

        missing.Should().BeEmpty();
    }

    [GeneratedRegex(@"^[a-z0-9-]+\.[a-z0-9-]+$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex LatinLetters();

    [GeneratedRegex("[А-Яа-яЁё]")]
    private static partial Regex CyrillicLetters();
}
