using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Mentorship.ConsoleDemo.Commands.Files;

/// <summary>
/// One text input of a command (a CSV list, a roadmap table, a progress file), opened and decoded the way people's
/// files really are: UTF-8 with or without a byte order mark, UTF-16 with a byte order mark, or — when the bytes are
/// not valid UTF-8 — Windows-1251, the code page Russian Excel saves CSV in (<see cref="IsWindows1251"/>, so the
/// command can say so). Anything else is refused with the reason, as is a missing path, a folder, an unreadable file
/// or one larger than <see cref="MaxBytes"/>. Decoding is strict: a byte sequence the encoding does not allow is an
/// error, never a silent U+FFFD. The text is read as a stream through <see cref="Reader"/>; nothing holds the whole
/// file as a string unless the caller asks with <see cref="ReadToEnd"/>.
/// </summary>
internal sealed class TextSource : IDisposable
{
    /// <summary>The largest input accepted: 256 MiB.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private const int ChunkBytes = 64 * 1024;

    static TextSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private TextSource(string path, Stream stream, int preamble, Encoding encoding, string encodingName)
    {
        Path = path;
        EncodingName = encodingName;
        IsWindows1251 = encoding.CodePage == 1251;
        stream.Position = preamble;
        Reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: ChunkBytes, leaveOpen: false);
    }

    /// <summary>The path as the user gave it (or a name for text that is not a file).</summary>
    public string Path { get; }

    /// <summary>The encoding found: «UTF-8», «UTF-16 LE», «UTF-16 BE» or «Windows-1251».</summary>
    public string EncodingName { get; }

    /// <summary>Whether the bytes were not UTF-8 and are read as Windows-1251: the command tells the user.</summary>
    public bool IsWindows1251 { get; }

    /// <summary>The decoded text; a <see cref="DecoderFallbackException"/> from it means a byte the encoding forbids.</summary>
    public TextReader Reader { get; }

    /// <summary>The line to print on standard error when the file was read as Windows-1251, else null.</summary>
    public string? Notice => IsWindows1251
        ? $"внимание: файл {EchoText.Escape(Path, 200)} не в UTF-8, прочитан как Windows-1251"
        : null;

    /// <summary>Opens a file and finds its encoding, or throws an <see cref="InputFileException"/> saying why not.</summary>
    /// <param name="path">The path as given on the command line; messages repeat it as given.</param>
    public static TextSource Open(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InputFileException(path, "путь к файлу пуст");
        }

        if (Directory.Exists(path))
        {
            throw new InputFileException(path, "это папка, а не файл");
        }

        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputFileException(path, "файл не найден");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputFileException(path, "нет прав на чтение файла");
        }
        catch (IOException e)
        {
            throw new InputFileException(path, $"файл не открывается: {IoProblem.Describe(e)}");
        }

        try
        {
            return FromStream(path, stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads text from a stream (a pipe, a device, memory) as from a file of that name; the source owns the stream.</summary>
    public static TextSource FromStream(string path, Stream stream)
    {
        try
        {
            if (!stream.CanSeek)
            {
                stream = Buffer(path, stream);
            }
            else if (stream.Length > MaxBytes)
            {
                throw TooLarge(path);
            }

            return Detect(path, stream);
        }
        catch (IOException e)
        {
            throw new InputFileException(path, $"файл не читается: {IoProblem.Describe(e)}");
        }
    }

    /// <summary>Text already in memory (the embedded seed), read through the same path.</summary>
    public static TextSource FromText(string name, string text) =>
        new(name, new MemoryStream(Encoding.UTF8.GetBytes(text)), 0, StrictUtf8(), "UTF-8");

    /// <summary>The rest of the text as one string, for the small inputs (roadmap, progress) that are parsed whole.</summary>
    public string ReadToEnd()
    {
        try
        {
            return Reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new InputFileException(Path, $"в файле байты, недопустимые в {EncodingName}");
        }
        catch (IOException e)
        {
            throw new InputFileException(Path, $"файл не читается: {IoProblem.Describe(e)}");
        }
    }

    /// <inheritdoc />
    public void Dispose() => Reader.Dispose();

    private static TextSource Detect(string path, Stream stream)
    {
        Span<byte> head = stackalloc byte[4];
        var headLength = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        head = head[..headLength];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new TextSource(path, stream, 3, StrictUtf8(), "UTF-8");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            throw new InputFileException(path, "файл в кодировке UTF-32: сохраните его в UTF-8");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new TextSource(path, stream, 2, new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16 LE");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new TextSource(path, stream, 2, new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16 BE");
        }

        stream.Position = 0;
        var scan = Scan(stream);
        if (scan.NulLine > 0)
        {
            throw new InputFileException(path, scan.NulLine, null, "в файле нулевые байты: это не текст (или UTF-16 без метки BOM — сохраните файл в UTF-8)");
        }

        if (scan.InvalidUtf8Line == 0)
        {
            return new TextSource(path, stream, 0, StrictUtf8(), "UTF-8");
        }

        if (scan.Byte98Line > 0)
        {
            throw new InputFileException(
                path,
                scan.Byte98Line,
                null,
                $"файл не в UTF-8 (неверная последовательность байтов на строке {scan.InvalidUtf8Line.ToString(CultureInfo.InvariantCulture)}) и не в Windows-1251 (байт 0x98): сохраните его в UTF-8");
        }

        var windows1251 = Encoding.GetEncoding(1251, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        return new TextSource(path, stream, 0, windows1251, "Windows-1251");
    }

    /// <summary>
    /// One pass over the bytes: the line of the first NUL byte, of the first sequence UTF-8 forbids, and of the first
    /// 0x98 (the one byte Windows-1251 leaves undefined); 0 for none.
    /// </summary>
    private static (int NulLine, int InvalidUtf8Line, int Byte98Line) Scan(Stream stream)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        var chars = ArrayPool<char>.Shared.Rent(ChunkBytes + 4);
        try
        {
            int nul = 0, invalid = 0, byte98 = 0, line = 1, carry = 0;
            while (true)
            {
                var read = stream.Read(bytes, carry, ChunkBytes);
                var chunk = bytes.AsSpan(0, carry + read);
                var fresh = chunk[carry..];
                if (nul == 0 && fresh.IndexOf((byte)0) is var n and >= 0)
                {
                    nul = line + CountLines(chunk[..(carry + n)]);
                    break;
                }

                if (byte98 == 0 && fresh.IndexOf((byte)0x98) is var b and >= 0)
                {
                    byte98 = line + CountLines(chunk[..(carry + b)]);
                }

                var decoded = chunk.Length;
                if (invalid == 0)
                {
                    var status = Utf8.ToUtf16(chunk, chars, out decoded, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
                    if (status == System.Buffers.OperationStatus.InvalidData)
                    {
                        invalid = line + CountLines(chunk[..decoded]);
                        decoded = chunk.Length;
                    }
                }

                if (read == 0)
                {
                    break;
                }

                line += CountLines(chunk[..decoded]);
                carry = chunk.Length - decoded;
                chunk[decoded..].CopyTo(bytes);
            }

            return (nul, invalid, byte98);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int CountLines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');

    private static MemoryStream Buffer(string path, Stream stream)
    {
        using (stream)
        {
            var memory = new MemoryStream();
            var buffer = new byte[ChunkBytes];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (memory.Length + read > MaxBytes)
                {
                    throw TooLarge(path);
                }

                memory.Write(buffer, 0, read);
            }

            memory.Position = 0;
            return memory;
        }
    }

    private static InputFileException TooLarge(string path) =>
        new(path, $"файл больше {(MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} МБ");

    private static UTF8Encoding StrictUtf8() => new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
