using Mentorship.Domain.People;
using Mentorship.WebHost.Application;

namespace Mentorship.WebHost.Contracts;

/// <summary>Parses lists of educator identifiers from input, naming each bad element.</summary>
internal static class Ids
{
    public static EducatorId[]? Parse(IReadOnlyList<string> ids, InputErrors errors, string field)
    {
        var parsed = new EducatorId[ids.Count];
        var ok = true;
        for (var i = 0; i < ids.Count; i++)
        {
            var index = i;
            if (errors.TryValue($"{field}[{i}]", () => EducatorId.From(ids[index])) is { } id)
            {
                parsed[i] = id;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? parsed : null;
    }

    public static EducatorId? Parse(string? id, InputErrors errors, string field)
    {
        var text = errors.Required(id, field);
        return text is null ? null : errors.TryValue(field, () => EducatorId.From(text));
    }
}
