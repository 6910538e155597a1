using System.Runtime.InteropServices;

namespace Mentorship.ConsoleDemo.Commands.Files;

/// <summary>
/// Finds a path's <see cref="FileKind"/>. .NET reports FIFOs and devices as ordinary files, so on Linux the kind
/// comes from <c>statx(2)</c>, whose layout is the same on every architecture; elsewhere a path that exists and is
/// not a folder counts as regular.
/// </summary>
internal static class FileKindProbe
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x0001;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The kind of what <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        if (!OperatingSystem.IsLinux())
        {
            return FileKind.Regular;
        }

        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, System.Text.Encoding.UTF8.GetBytes(path + "\0"), 0, StatxType, buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Regular;
        }

        if (result != 0)
        {
            return FileKind.Regular;
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
        return mode switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
}
