using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Mentorship.WebHost.Application;

namespace Mentorship.WebHost.Contracts;

/// <summary>Parses competency lists from input; levels and the catalog are the core's rules (reported as violations).</summary>
internal static class Competencies
{
    public static CompetencyClaim[]? Parse(IReadOnlyList<CompetencyInput?>? claims, InputErrors errors, string field)
    {
        if (errors.Required(claims, field) is not { } given)
        {
            return null;
        }

        var parsed = new List<CompetencyClaim>();
        for (var i = 0; i < given.Count; i++)
        {
            var claim = given[i];
            var topic = errors.Required(claim?.Topic, $"{field}[{i}].topic");
            var level = errors.Required(claim?.Level, $"{field}[{i}].level");
            if (topic is null || level is null)
            {
                continue;
            }

            if (!TopicCode.TryParse(topic, out var code))
            {
                errors.Add($"{field}[{i}].topic", "Код темы — от 1 до 40 строчных латинских букв, цифр и дефисов внутри.");
                continue;
            }

            parsed.Add(new CompetencyClaim(code, level.Value));
        }

        return parsed.Count == given.Count ? parsed.ToArray() : null;
    }
}
