using Mentorship.ConsoleDemo.Commands.Files;
using System.Text;
using Mentorship.Domain.Documents;
using Mentorship.Domain.OpenXml.Word;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// <c>documents [--format docx|markdown|plain] [--out DIR]</c>: writes every document of the demo year (orders with the
/// acquaintance sheet, programmes, support plans, both monitoring reports) into DIR (default <c>documents</c>), one file
/// each with a Russian name. Bad arguments: a message on standard error, exit code 2; a file that cannot be written:
/// exit code 1, the files already written stay.
/// </summary>
internal sealed class DocumentsCommand(TextWriter? output = null, TextWriter? error = null) : ICommand
{
    private const string Usage = "documents [--format docx|markdown|plain] [--out DIR]";

    public string Name => "documents";

    public string Summary => Usage + ": все документы демонстрационного года, каждый в своём файле";

    private TextWriter Output => output ?? Console.Out;

    private TextWriter Error => error ?? Console.Error;

    public int Run(string[] args, IAnsiConsole console)
    {
        var format = "docx";
        var directory = "documents";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is not ("--format" or "--out") || i + 1 >= args.Length)
            {
                Error.WriteLine(args[i] is "--format" or "--out" ? $"documents: после {args[i]} нужно значение." : $"documents: неизвестный аргумент «{EchoText.Escape(args[i])}».");
                Error.WriteLine("использование: " + Usage);
                return 2;
            }

            if (args[i++] == "--format")
            {
                format = args[i];
                if (format is not ("docx" or "markdown" or "plain"))
                {
                    Error.WriteLine($"documents: неизвестный формат «{EchoText.Escape(format)}» (возможны docx, markdown, plain).");
                    Error.WriteLine("использование: " + Usage);
                    return 2;
                }
            }
            else
            {
                directory = args[i];
            }
        }

        var documents = DemoDocumentSet.Build();
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var (name, document) in documents)
            {
                var path = Path.Combine(directory, name + Extension(format));
                WriteFile(path, stream => Write(stream, document, format));
                Output.WriteLine(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error.WriteLine($"documents: не удалось записать файл в «{directory}»: {e.Message}");
            return 1;
        }

        return 0;
    }

    /// <summary>Writes through <see cref="SafeOutput"/>: beside the target and moved into place, so a failure never leaves half a file.</summary>
    /// <exception cref="IOException">The file could not be written (the cause in Russian).</exception>
    internal static void WriteFile(string path, Action<Stream> write)
    {
        try
        {
            SafeOutput.Write(path, () => Stream.Null, output => OfficeFormats.WritePackage(output, write));
        }
        catch (OutputException e)
        {
            throw new IOException(e.Message, e);
        }
    }

    private static string Extension(string format) => format switch
    {
        "markdown" => ".md",
        "plain" => ".txt",
        _ => ".docx",
    };

    private static void Write(Stream stream, RenderedDocument document, string format)
    {
        switch (format)
        {
            case "markdown":
            case "plain":
                var bytes = new UTF8Encoding(false).GetBytes(document.Text(format == "plain" ? ReportTextFormat.PlainText : ReportTextFormat.Markdown));
                stream.Write(bytes, 0, bytes.Length);
                break;
            default:
                WordDocumentWriter.Write(document, stream);
                break;
        }
    }
}
