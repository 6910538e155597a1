using System;
using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>The clean-up shared by the matcher's input types.</summary>
internal static class Normalization
{
    /// <summary>Subjects trimmed, lower-case, distinct and sorted ordinally, blanks dropped.</summary>
    public static string[] Subjects(IEnumerable<string>? subjects) =>
        subjects is null
            ? []
            : subjects
                .Where(s => !string.IsNullOrWhiteSpace(s))
                .Select(s => s.Trim().ToLowerInvariant())
                .Distinct(StringComparer.Ordinal)
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToArray();

    /// <summary>Identifiers, distinct and sorted; the default identifier is refused.</summary>
    public static EducatorId[] IdSet(IEnumerable<EducatorId>? ids, string parameterName)
    {
        if (ids is null)
        {
            return [];
        }

        var array = ids.Distinct().OrderBy(i => i).ToArray();
        if (array.Any(i => i == default))
        {
            throw new ArgumentException("An identifier is not the default value.", parameterName);
        }

        return array;
    }

    /// <summary>A ranking: identifiers in the given order, none repeated, none the default.</summary>
    public static EducatorId[] Ranking(IEnumerable<EducatorId>? ids, string parameterName)
    {
        if (ids is null)
        {
            return [];
        }

        var array = ids.ToArray();
        if (array.Any(i => i == default) || array.Distinct().Count() != array.Length)
        {
            throw new ArgumentException("A ranking names each person once, by a valid identifier.", parameterName);
        }

        return array;
    }
}
