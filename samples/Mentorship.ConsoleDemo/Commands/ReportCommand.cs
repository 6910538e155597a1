using Mentorship.ConsoleDemo.Commands.Files;
using Mentorship.ConsoleDemo.Steps;
using Mentorship.Domain.Documents;
using Mentorship.SampleData;
using Mentorship.SampleData.Year;
using NodaTime.Text;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Commands;

/// <summary>
/// <c>report [--format markdown|plain|json] [--out FILE]</c>: the demo institution's internal monitoring report and
/// the municipality's analytical report for the demo's school year, as Markdown (default) or plain text; or, as JSON,
/// the local-acts checklist, the census and every indicator's id, numerator, denominator, value, target, status,
/// source, direction and stage for both (every key always present, <c>null</c> where empty). The output goes to standard output or, safely, to a file (<see cref="SafeOutput"/>).
/// Bad arguments: a message on standard error, exit code 2; a failed write: one line on standard error, exit code 1.
/// </summary>
internal sealed class ReportCommand(TextWriter? output = null, TextWriter? error = null, Stream? stdout = null) : ICommand
{
    private const string Usage = "report [--format markdown|plain|json] [--as-of DATE] [--out FILE]";

    public string Name => "report";

    public string Summary => Usage + ": справка внутреннего мониторинга и аналитическая справка муниципалитета на демонстрационных данных";

    private TextWriter Output => output ?? Console.Out;

    private TextWriter Error => error ?? Console.Error;

    /// <summary>The text of <c>report --help</c>.</summary>
    public static string Help => $"""
        использование: {Usage}

        Строит по демонстрационным данным справку по итогам внутреннего мониторинга организации и аналитическую
        справку муниципалитета за учебный год.

          --format F   markdown (по умолчанию), plain (простой текст) или json (локальные акты localActs, счёт census,
                       показатели K1–K14: id, numerator, denominator, value, unit, target, status, source,
                       direction, stage; пустые значения — null)
          --as-of DATE демонстрационный год, прожитый по эту дату (дд.мм.гггг или гггг-мм-дд, с 20.05.2026
                       по 31.05.2027; по умолчанию весь учебный год): показатели — с 1 сентября по неё
          --out FILE   записать в файл (через временный файл рядом); без него — в стандартный вывод
          --help, -h   эта справка

        Коды выхода: 0 — готово; 1 — запись не удалась; 2 — неверные аргументы.

        """;

    public int Run(string[] args, IAnsiConsole console)
    {
        if (ReportDocx.Wants(args))
        {
            return ReportDocx.Run(args, Output, Error);
        }

        string format = "markdown";
        string? path = null;
        var asOf = DemoYear.LastDay;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (option is "--help" or "-h")
            {
                Output.Write(Help);
                return 0;
            }

            if (option is not ("--format" or "--out" or "--as-of"))
            {
                return UsageError($"неизвестный аргумент «{EchoText.Escape(option)}».");
            }

            if (i + 1 >= args.Length)
            {
                return UsageError($"после {option} нужно значение.");
            }

            var value = args[++i];
            if (option == "--out")
            {
                path = value;
                continue;
            }

            if (option == "--as-of")
            {
                if (!AsOfPattern.Parse(value).TryGetValue(default, out asOf) && !LocalDatePattern.Iso.Parse(value).TryGetValue(default, out asOf))
                {
                    return UsageError($"--as-of — дата в виде дд.мм.гггг или гггг-мм-дд, а не «{EchoText.Escape(value)}».");
                }

                if (asOf < DemoData.IntakeDate || asOf > DemoYear.LastDay)
                {
                    return UsageError($"--as-of — дата демонстрационного года, с 20.05.2026 по 31.05.2027, а не «{EchoText.Escape(value)}».");
                }

                continue;
            }

            format = value;
            if (format is not ("markdown" or "plain" or "json"))
            {
                return UsageError($"неизвестный формат «{EchoText.Escape(format)}».");
            }
        }

        var demo = asOf == DemoYear.LastDay ? MonitoringDemoData.Build(DemoState.Create()) : MonitoringDemoData.Of(DemoYear.Play(asOf));
        var institution = demo.InstitutionReport();
        var municipality = demo.MunicipalReport();
        try
        {
            if (format == "json")
            {
                SafeOutput.Write(path, () => stdout is null ? Console.OpenStandardOutput() : new KeptOpen(stdout), stream =>
                {
                    ReportJsonWriter.Write(stream, institution, municipality);
                    stream.WriteByte((byte)'\n');
                });
            }
            else
            {
                var text = format == "plain" ? ReportTextFormat.PlainText : ReportTextFormat.Markdown;
                SafeOutput.WriteText(path, Output, writer =>
                {
                    writer.Write(MonitoringReportDocument.Render(institution, demo.NameOf).Text(text));
                    writer.WriteLine(text == ReportTextFormat.Markdown ? "\n---\n" : "\n" + new string('=', 100) + "\n");
                    writer.Write(AnalyticalReportDocument.Render(municipality, demo.NameOf).Text(text));
                });
            }
        }
        catch (OutputException e)
        {
            if (!e.IsBrokenPipe)
            {
                Error.WriteLine($"report: {e.Message}");
            }

            return 1;
        }

        return 0;
    }

    private static readonly LocalDatePattern AsOfPattern = LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu");

    private int UsageError(string problem)
    {
        Error.WriteLine($"report: {problem}");
        Error.WriteLine($"использование: {Usage} (подробно: report --help)");
        return 2;
    }

    /// <summary>A caller's stream that the write must not close (a test's captured standard output).</summary>
    private sealed class KeptOpen(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
