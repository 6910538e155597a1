using System.Runtime.InteropServices;
using System.Text;

namespace Mentorship.ConsoleDemo.Commands.Files;

/// <summary>
/// Writes a command's output to a file or to standard output so that a failure never leaves half a result behind:
/// <list type="bullet">
/// <item>a file is written to a hidden temporary file beside it, flushed to disk, given the old file's permissions and
/// moved into place only when complete; on any failure (or Ctrl+C) the temporary file is removed and the old file
/// is untouched;</item>
/// <item>a symbolic link is followed: its target is replaced, the link stays a link;</item>
/// <item>a named pipe, a device or another non-regular file is written in place, as <c>&gt; path</c> would;</item>
/// <item>a file that may be written in a folder that may not (no temporary can be created) is written in place
/// from a complete copy in the system's temporary folder;</item>
/// <item>every failure becomes an <see cref="OutputException"/> with one Russian line; a pipe closed by its reader is
/// marked so the command can end quietly.</item>
/// </list>
/// </summary>
internal static class SafeOutput
{
    private const int BufferBytes = 64 * 1024;

    /// <summary>The name of standard output in messages.</summary>
    public const string StandardOutputName = "в стандартный вывод";

    /// <summary>Writes <paramref name="write"/>'s bytes to <paramref name="path"/>, or to standard output when it is null.</summary>
    /// <param name="path">The path as given on the command line, or null for standard output.</param>
    /// <param name="standardOutput">Opens standard output (a test passes its own stream).</param>
    /// <param name="write">Writes the whole output to the stream.</param>
    /// <exception cref="OutputException">The output could not be written.</exception>
    public static void Write(string? path, Func<Stream> standardOutput, Action<Stream> write)
    {
        if (path is null)
        {
            WriteStandardOutput(standardOutput, write);
        }
        else
        {
            WriteFile(path, write);
        }
    }

    /// <summary>As <see cref="Write"/>, for output produced as text (UTF-8 without a byte order mark).</summary>
    public static void WriteText(string? path, Func<Stream> standardOutput, Action<TextWriter> write) =>
        Write(path, standardOutput, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), BufferBytes, leaveOpen: true);
            write(writer);
            writer.Flush();
        });

    /// <summary>As <see cref="WriteText(string?, Func{Stream}, Action{TextWriter})"/>, with standard output already a text writer (the console's).</summary>
    public static void WriteText(string? path, TextWriter standardOutput, Action<TextWriter> write)
    {
        if (path is not null)
        {
            WriteText(path, () => Stream.Null, write);
            return;
        }

        try
        {
            write(standardOutput);
            standardOutput.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(StandardOutputName, IoProblem.Describe(e), IoProblem.IsBrokenPipe(e), e);
        }
    }

    private static void WriteStandardOutput(Func<Stream> standardOutput, Action<Stream> write)
    {
        try
        {
            using var stream = standardOutput();
            write(stream);
            stream.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(StandardOutputName, IoProblem.Describe(e), IoProblem.IsBrokenPipe(e), e);
        }
    }

    private static void WriteFile(string path, Action<Stream> write)
    {
        var target = $"файл {EchoText.Escape(path, 200)}";
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new OutputException("файл", "путь пуст");
        }

        string final;
        try
        {
            var info = new FileInfo(path);
            final = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputException(target, e is IOException or UnauthorizedAccessException ? IoProblem.Describe(e) : "недопустимый путь", inner: e);
        }

        try
        {
            switch (FileKindProbe.Of(final))
            {
                case FileKind.Directory:
                    throw new OutputException(target, "это папка");
                case FileKind.Special:
                    WriteInPlace(final, write);
                    break;
                case var kind:
                    Replace(target, final, kind == FileKind.Regular, write);
                    break;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(target, IoProblem.Describe(e), inner: e);
        }
    }

    private static void WriteInPlace(string path, Action<Stream> write)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        using var buffered = new BufferedStream(stream, BufferBytes);
        write(buffered);
        buffered.Flush();
    }

    private static void Replace(string target, string final, bool exists, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(final) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new OutputException(target, "папка не существует");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(final)}.{Guid.NewGuid().ToString("N")[..8]}.tmp");
        FileStream stream;
        try
        {
            stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (exists)
            {
                OverwriteFromCopy(target, final, write);
                return;
            }

            throw new OutputException(target, $"в папке нельзя создать файл ({IoProblem.Describe(e)})", inner: e);
        }

        using var cleanup = new TemporaryFile(temporary);
        using (stream)
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }

        if (exists && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(final));
        }

        File.Move(temporary, final, overwrite: true);
        cleanup.Kept();
    }

    /// <summary>
    /// The folder refuses a temporary file but the file itself may be written: the output goes complete to the
    /// system's temporary folder first, then over the file's content (the file keeps its owner and permissions).
    /// </summary>
    private static void OverwriteFromCopy(string target, string final, Action<Stream> write)
    {
        FileStream destination;
        try
        {
            destination = new FileStream(final, FileMode.Open, FileAccess.Write, FileShare.None, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputException(target, $"нет прав на запись ни в папку, ни в файл ({IoProblem.Describe(e)})", inner: e);
        }

        using (destination)
        {
            var temporary = Path.Combine(Path.GetTempPath(), $"mentorship-{Guid.NewGuid():N}.tmp");
            using var cleanup = new TemporaryFile(temporary);
            using var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferBytes, FileOptions.DeleteOnClose);
            write(copy);
            copy.Flush();
            copy.Position = 0;
            copy.CopyTo(destination, BufferBytes);
            destination.SetLength(copy.Length);
            destination.Flush(flushToDisk: true);
        }
    }

    /// <summary>Removes a temporary file on dispose (unless kept) and when the process is stopped by a signal meanwhile.</summary>
    private sealed class TemporaryFile : IDisposable
    {
        private readonly string _path;
        private readonly PosixSignalRegistration[] _signals;
        private bool _kept;

        public TemporaryFile(string path)
        {
            _path = path;
            _signals = OperatingSystem.IsWindows() || OperatingSystem.IsBrowser()
                ? []
                : [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, _ => Delete()))];
        }

        public void Kept() => _kept = true;

        public void Dispose()
        {
            foreach (var signal in _signals)
            {
                signal.Dispose();
            }

            if (!_kept)
            {
                Delete();
            }
        }

        private void Delete()
        {
            try
            {
                File.Delete(_path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the failure that got us here is the one reported.
            }
        }
    }
}
