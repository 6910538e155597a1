using Mentorship.ConsoleDemo.Steps;
using Mentorship.Domain.Documents;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// <c>report [--format markdown|plain|json]</c>: the demo institution's internal monitoring report and the
/// municipality's analytical report for the demo's school year, as Markdown (default) or plain text; or, as JSON, every
/// indicator's id, numerator, denominator and value for both. Bad arguments: a message on standard error, exit code 2.
/// </summary>
internal sealed class ReportCommand(TextWriter? output = null, TextWriter? error = null, Stream? stdout = null) : ICommand
{
    private const string Usage = "usage: report [--format markdown|plain|json]";

    public string Name => "report";

    public string Summary => "report [--format markdown|plain|json]: the internal and the municipal monitoring reports for the demo data";

    private TextWriter Output => output ?? Console.Out;

    private TextWriter Error => error ?? Console.Error;

    public int Run(string[] args, IAnsiConsole console)
    {
        if (ReportDocx.Wants(args))
        {
            return ReportDocx.Run(args, Output, Error);
        }

        var format = "markdown";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != "--format" || i + 1 >= args.Length)
            {
                Error.WriteLine(args[i] == "--format" ? "report: --format needs a value." : $"report: unexpected argument '{args[i]}'.");
                Error.WriteLine(Usage);
                return 2;
            }

            format = args[++i];
            if (format is not ("markdown" or "plain" or "json"))
            {
                Error.WriteLine($"report: unknown format '{format}'.");
                Error.WriteLine(Usage);
                return 2;
            }
        }

        var demo = MonitoringDemoData.Build(DemoState.Create());
        var institution = demo.InstitutionReport();
        var municipality = demo.MunicipalReport();
        if (format == "json")
        {
            if (stdout is null)
            {
                using var stream = Console.OpenStandardOutput();
                ReportJsonWriter.Write(stream, institution, municipality);
            }
            else
            {
                ReportJsonWriter.Write(stdout, institution, municipality);
            }

            Output.WriteLine();
            return 0;
        }

        var text = format == "plain" ? ReportTextFormat.PlainText : ReportTextFormat.Markdown;
        Output.Write(MonitoringReportDocument.Render(institution, demo.NameOf).Text(text));
        Output.WriteLine(text == ReportTextFormat.Markdown ? "\n---\n" : "\n" + new string('=', 100) + "\n");
        Output.Write(AnalyticalReportDocument.Render(municipality, demo.NameOf).Text(text));
        return 0;
    }
}
