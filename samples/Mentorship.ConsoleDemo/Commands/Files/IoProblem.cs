using System.Globalization;

namespace Mentorship.ConsoleDemo.Commands.Files;

/// <summary>
/// Says in Russian why a read or a write failed, from the operating system's error: no space, no rights, a read-only
/// file system, a closed pipe… (.NET carries the Unix errno, or the Windows error, in <see cref="Exception.HResult"/>).
/// </summary>
internal static class IoProblem
{
    private const int Enoent = 2;
    private const int Eio = 5;
    private const int Eacces = 13;
    private const int Eisdir = 21;
    private const int Efbig = 27;
    private const int Enospc = 28;
    private const int Erofs = 30;
    private const int Epipe = 32;
    private const int Enametoolong = 36;
    private const int Edquot = 122;

    /// <summary>Whether the error is a pipe closed by its reader (<c>| head</c>): not a failure to report.</summary>
    public static bool IsBrokenPipe(Exception e) =>
        e is IOException && (Code(e) == Epipe || e.HResult == unchecked((int)0x8007006D));

    /// <summary>The cause, as a short Russian phrase.</summary>
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "нет прав доступа",
        FileNotFoundException or DirectoryNotFoundException => "путь не существует",
        PathTooLongException => "путь слишком длинный",
        _ when IsBrokenPipe(e) => "канал закрыт читающей стороной",
        _ => Code(e) switch
        {
            Enospc or 112 or 39 => "на диске нет места",
            Edquot => "превышена дисковая квота",
            Efbig => "файл слишком велик для файловой системы",
            Erofs => "файловая система только для чтения",
            Eacces => "нет прав доступа",
            Eisdir => "это папка",
            Enoent => "путь не существует",
            Enametoolong => "путь слишком длинный",
            Eio => "ошибка ввода-вывода устройства",
            var code => $"ошибка ввода-вывода (код {code.ToString(CultureInfo.InvariantCulture)})",
        },
    };

    /// <summary>The errno on Unix, the Win32 error on Windows (from an HRESULT 0x8007xxxx).</summary>
    private static int Code(Exception e) =>
        (e.HResult & unchecked((int)0xFFFF0000)) == unchecked((int)0x80070000) ? e.HResult & 0xFFFF : e.HResult;
}
