using Mentorship.Domain.People;
using Mentorship.WebHost.Application;

namespace Mentorship.WebHost.Contracts;

/// <summary>Parses lists of topic codes from input, naming each bad element.</summary>
internal static class Topics
{
    public static TopicCode[]? Parse(IReadOnlyList<string>? codes, InputErrors errors, string field)
    {
        if (codes is null)
        {
            return null;
        }

        var parsed = new TopicCode[codes.Count];
        var ok = true;
        for (var i = 0; i < codes.Count; i++)
        {
            if (!TopicCode.TryParse(codes[i], out parsed[i]))
            {
                errors.Add($"{field}[{i}]", "Код темы — от 1 до 40 строчных латинских букв, цифр и дефисов внутри.");
                ok = false;
            }
        }

        return ok ? parsed : null;
    }
}
