using Mentorship.ConsoleDemo.Commands.Files;
using Mentorship.ConsoleDemo.Steps;
using Mentorship.Domain.Documents;
using Mentorship.Domain.OpenXml.Word;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// <c>report --format docx --out FILE</c>: the internal справка and the municipal аналитическая справка in one Word
/// file, each from a new page, with their charts. Exit codes: 0 written; 1 the file cannot be written; 2 a usage error.
/// </summary>
internal static class ReportDocx
{
    private const string Usage = "report --format docx --out FILE.docx";

    public static bool Wants(string[] args) => args.Contains("docx");

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? path = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length && args[i + 1] == "docx":
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    path = args[++i];
                    break;
                default:
                    error.WriteLine($"report: неизвестный аргумент «{EchoText.Escape(args[i])}».");
                    error.WriteLine("использование: " + Usage);
                    return 2;
            }
        }

        if (path is null)
        {
            error.WriteLine("report: для --format docx нужен аргумент --out FILE.docx.");
            error.WriteLine("использование: " + Usage);
            return 2;
        }

        var demo = MonitoringDemoData.Build(DemoState.Create());
        var documents = new[]
        {
            MonitoringReportDocument.Render(demo.InstitutionReport(), demo.NameOf).Content,
            AnalyticalReportDocument.Render(demo.MunicipalReport(), demo.NameOf).Content,
        };
        try
        {
            DocumentsCommand.WriteFile(path, stream => WordDocumentWriter.Write(documents, stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"report: не удалось записать «{path}»: {e.Message}");
            return 1;
        }

        output.WriteLine(path);
        return 0;
    }
}
