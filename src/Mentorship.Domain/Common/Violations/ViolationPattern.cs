using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Mentorship.Domain.Common.Violations;

/// <summary>Reads and fills the text patterns of the catalogue: <c>{name}</c>, <c>{name|forms…}</c>, <c>{{</c>, <c>}}</c>.</summary>
internal static class ViolationPattern
{
    private static readonly char[] OpenBrace = ['{'];

    /// <summary>The placeholders of a pattern in order: the argument's name and the noun forms after it (none for a
    /// plain <c>{name}</c>); <see langword="null"/> if a brace does not close.</summary>
    public static IReadOnlyList<(string Name, string[] Forms)>? Placeholders(string pattern)
    {
        var found = new List<(string, string[])>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if ((c == '{' || c == '}') && i + 1 < pattern.Length && pattern[i + 1] == c)
            {
                i++;
                continue;
            }

            if (c == '}')
            {
                return null;
            }

            if (c != '{')
            {
                continue;
            }

            var end = pattern.IndexOf('}', i + 1);
            if (end < 0)
            {
                return null;
            }

            var parts = pattern.Substring(i + 1, end - i - 1).Split('|');
            if (parts[0].Length == 0 || parts[0].IndexOfAny(OpenBrace) >= 0)
            {
                return null;
            }

            found.Add((parts[0], parts.Skip(1).ToArray()));
            i = end;
        }

        return found;
    }

    /// <summary>What is wrong with a pattern for a code's arguments, or <see langword="null"/>.</summary>
    public static string? Check(string pattern, IReadOnlyList<ViolationParameter> parameters, ViolationLanguage language)
    {
        var placeholders = Placeholders(pattern);
        if (placeholders is null)
        {
            return "a brace does not close.";
        }

        foreach (var (name, forms) in placeholders)
        {
            var parameter = parameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
            {
                return $"no argument {name}.";
            }

            var wanted = language == ViolationLanguage.Russian ? 3 : 2;
            if (forms.Length > 0 && (parameter.Kind != ViolationArgumentKind.Number || forms.Length != wanted))
            {
                return $"{name} takes noun forms only if it is a number, and then {wanted} of them.";
            }
        }

        return null;
    }

    /// <summary>The pattern with the arguments put in, or <see langword="null"/> if it names one the violation lacks.</summary>
    public static string? Fill(string pattern, IReadOnlyList<ViolationArgument> arguments, ViolationFormatter formatter)
    {
        var text = new StringBuilder(pattern.Length + 32);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if ((c == '{' || c == '}') && i + 1 < pattern.Length && pattern[i + 1] == c)
            {
                text.Append(c);
                i++;
                continue;
            }

            if (c != '{')
            {
                text.Append(c);
                continue;
            }

            var end = pattern.IndexOf('}', i + 1);
            if (end < 0)
            {
                return null;
            }

            var parts = pattern.Substring(i + 1, end - i - 1).Split('|');
            var argument = arguments.FirstOrDefault(a => a.Name == parts[0]);
            if (argument is null)
            {
                return null;
            }

            text.Append(parts.Length > 1 && argument.Kind == ViolationArgumentKind.Number
                ? formatter.Count(argument.AsNumber(), parts.Skip(1).ToArray())
                : formatter.FormatArgument(argument));
            i = end;
        }

        return text.ToString();
    }
}
