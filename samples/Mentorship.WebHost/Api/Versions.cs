using System.Globalization;
using Mentorship.WebHost.Application;

namespace Mentorship.WebHost.Api;

/// <summary>
/// The aggregate's version travels as an entity tag: responses carry <c>ETag: "5"</c>; a change may carry
/// <c>If-Match: "5"</c> to say which version it was based on (a mismatch is a 409 conflict, nothing saved).
/// </summary>
internal static class Versions
{
    public static string ToETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version an <c>If-Match</c> header names; null without the header.</summary>
    public static int? Parse(string? ifMatch, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return null;
        }

        var text = ifMatch.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        text = text.Trim('"');
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0)
        {
            return version;
        }

        errors.Add("If-Match", "Заголовок If-Match содержит версию из ETag, например \"5\".");
        return null;
    }
}
