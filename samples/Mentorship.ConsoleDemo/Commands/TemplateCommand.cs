using Mentorship.Domain.OpenXml.Excel;
using Mentorship.Domain.People;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// <c>template --out FILE.xlsx</c>: writes the empty bank workbook (sheets «Наставляемые» and «Наставники» with Russian
/// headers, drop-down lists of the standard topics) that <c>match</c> reads back. Exit codes: 0 written; 1 the file
/// cannot be written; 2 a usage error.
/// </summary>
internal sealed class TemplateCommand(TextWriter? output = null, TextWriter? error = null) : ICommand
{
    private const string Usage = "template --out FILE.xlsx";

    public string Name => "template";

    public string Summary => Usage + ": пустая книга Excel для банков наставляемых и наставников, с выпадающими списками тем";

    private TextWriter Output => output ?? Console.Out;

    private TextWriter Error => error ?? Console.Error;

    public int Run(string[] args, IAnsiConsole console)
    {
        if (args.Length != 2 || args[0] != "--out" || !OfficeFormats.IsXlsx(args[1]))
        {
            Error.WriteLine(args.Length == 2 && args[0] == "--out" ? "template: имя файла должно оканчиваться на .xlsx." : "template: нужен аргумент --out FILE.xlsx.");
            Error.WriteLine("использование: " + Usage);
            return 2;
        }

        try
        {
            DocumentsCommand.WriteFile(args[1], stream => XlsxBankTemplate.Write(RequestTopicCatalog.Standard, stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error.WriteLine($"template: не удалось записать «{args[1]}»: {e.Message}");
            return 1;
        }

        Output.WriteLine(args[1]);
        return 0;
    }
}
