namespace Mentorship.ConsoleDemo.Commands.Files;

/// <summary>
/// A command's output could not be written, in one Russian line naming the target (the path as given, or standard
/// output) and the cause. <see cref="IsBrokenPipe"/> marks the one failure that is not reported: the reader of
/// standard output went away (<c>| head</c>).
/// </summary>
internal sealed class OutputException(string target, string cause, bool isBrokenPipe = false, Exception? inner = null)
    : Exception($"не удалось записать {target}: {cause}", inner)
{
    /// <summary>Whether the output was a pipe its reader closed: the command ends quietly.</summary>
    public bool IsBrokenPipe { get; } = isBrokenPipe;
}
