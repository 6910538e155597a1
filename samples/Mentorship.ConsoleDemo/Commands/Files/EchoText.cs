using System.Globalization;
using System.Text;

namespace Mentorship.ConsoleDemo.Commands.Files;

/// <summary>
/// Makes text taken from an input file or the command line safe to print in a message: control characters and the
/// bidirectional overrides are shown as <c>\u001B</c> escapes (so a file cannot drive the terminal), and long text
/// is cut with an ellipsis.
/// </summary>
internal static class EchoText
{
    /// <summary>The longest piece of input a message quotes.</summary>
    public const int DefaultLength = 60;

    /// <summary>The text with every control and direction-changing character escaped, at most <paramref name="length"/> characters kept.</summary>
    public static string Escape(string text, int length = DefaultLength)
    {
        var cut = text.Length > length;
        var shown = cut ? text.AsSpan(0, length) : text.AsSpan();
        var needsEscape = false;
        foreach (var c in shown)
        {
            needsEscape |= IsUnsafe(c);
        }

        if (!needsEscape)
        {
            return cut ? string.Concat(shown, "…") : text;
        }

        var result = new StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            if (IsUnsafe(c))
            {
                result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return cut ? result.Append('…').ToString() : result.ToString();
    }

    /// <summary>Control characters (C0, DEL, C1), and the bidirectional marks, embeddings, overrides and isolates.</summary>
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}
