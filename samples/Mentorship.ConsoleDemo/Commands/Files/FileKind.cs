namespace Mentorship.ConsoleDemo.Commands.Files;

/// <summary>What a path names once symbolic links are followed.</summary>
internal enum FileKind
{
    /// <summary>Nothing exists there.</summary>
    Missing,

    /// <summary>A regular file (or, where the kind cannot be asked, anything that is not a folder).</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO), a character or block device, a socket: written in place, never replaced.</summary>
    Special,
}
