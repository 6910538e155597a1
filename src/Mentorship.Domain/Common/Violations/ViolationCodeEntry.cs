using System.Collections.Generic;

namespace Mentorship.Domain.Common.Violations;

/// <summary>
/// One code of the catalogue: the rule it belongs to, its texts in Russian and English, and the arguments they use.
/// </summary>
/// <remarks>
/// A text puts an argument in with <c>{name}</c>. A number with the noun that agrees with it is
/// <c>{name|one|few|many}</c> in Russian («{days|рабочий день|рабочих дня|рабочих дней}» gives «3 рабочих дня») and
/// <c>{name|one|other}</c> in English. <c>{{</c> and <c>}}</c> stand for braces.
/// </remarks>
/// <param name="Code">The stable code, e.g. <c>mentor-load.over-capacity</c>.</param>
/// <param name="Rule">The rule class's name, e.g. <c>MentorLoadRule</c>.</param>
/// <param name="Russian">The Russian text pattern.</param>
/// <param name="English">The English text pattern.</param>
/// <param name="Arguments">The arguments the texts use, in the order the violation carries them.</param>
public sealed record ViolationCodeEntry(string Code, string Rule, string Russian, string English, IReadOnlyList<ViolationParameter> Arguments)
{
    /// <summary>The text pattern in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The pattern.</returns>
    public string Pattern(ViolationLanguage language) => language == ViolationLanguage.English ? English : Russian;
}
