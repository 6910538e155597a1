using System.Diagnostics;
using System.Text.Json;
using Mentorship.ConsoleDemo.Commands;
using Mentorship.ConsoleDemo.Commands.Files;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Tests;

/// <summary>Where the commands' output goes and what happens when it cannot: files, links, pipes, devices, full disks.</summary>
public sealed class OutputTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "cdt-small");
    private static readonly string Mentors = Path.Combine(Fixture, "mentors.csv");
    private static readonly string Mentees = Path.Combine(Fixture, "mentees.csv");

    private readonly string _folder = Directory.CreateTempSubdirectory("output-tests").FullName;
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        _error.Dispose();
    }

    [Fact]
    public void Out_ReplacesTheFileKeepingItsPermissions()
    {
        var target = Path.Combine(_folder, "result.json");
        File.WriteAllText(target, "old");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        Match("--out", target).Should().Be(0, _error.ToString());

        Score(File.ReadAllText(target)).Should().Be(137);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(target).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        Directory.GetFiles(_folder).Should().Equal(target);
    }

    [Fact]
    public void Out_ThroughASymlink_WritesItsTargetAndKeepsTheLink()
    {
        var target = Path.Combine(_folder, "real.json");
        var link = Path.Combine(_folder, "link.json");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);

        Match("--out", link).Should().Be(0, _error.ToString());

        new FileInfo(link).LinkTarget.Should().Be(target);
        Score(File.ReadAllText(target)).Should().Be(137);
        Directory.GetFiles(_folder).Should().BeEquivalentTo([target, link]);
    }

    [SkippableFact]
    public void Out_ToAFifo_WritesIntoThePipeInPlace()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "mkfifo is a Unix tool");
        var fifo = Path.Combine(_folder, "pipe");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        var reader = Task.Run(() => File.ReadAllText(fifo));

        Match("--out", fifo).Should().Be(0, _error.ToString());

        Score(reader.Wait(TimeSpan.FromSeconds(30)) ? reader.Result : string.Empty).Should().Be(137);
        FileKindProbe.Of(fifo).Should().Be(FileKind.Special, "the FIFO is still a FIFO");
    }

    [SkippableFact]
    public void Out_ToADevice_WritesInPlace()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/dev/null");
        Match("--out", "/dev/null").Should().Be(0, _error.ToString());
        FileKindProbe.Of("/dev/null").Should().Be(FileKind.Special);
    }

    [Theory]
    [InlineData("missing/result.json", "папка не существует")]
    [InlineData("", "это папка")]
    public void Out_ToAMissingFolderOrAFolder_IsOneRussianLine(string relative, string cause)
    {
        var target = Path.Combine(_folder, relative);

        Match("--out", target).Should().Be(1);

        _error.ToString().Should().Be($"match: не удалось записать файл {target}: {cause}{Environment.NewLine}");
    }

    [SkippableFact]
    public void Out_IntoAFolderWhereNoFileCanBeCreated_FailsAndLeavesNothing()
    {
        // /proc/self refuses new files even to root, as a read-only folder does to anyone else.
        Skip.IfNot(OperatingSystem.IsLinux(), "/proc");
        Match("--out", "/proc/self/result.json").Should().Be(1);

        _error.ToString().Should().StartWith("match: не удалось записать файл /proc/self/result.json: в папке нельзя создать файл");
        _error.ToString().TrimEnd().Should().NotContain("\n", "one line");
    }

    [SkippableFact]
    public void Out_WritableFileInAReadOnlyFolder_IsWrittenInPlace()
    {
        Skip.If(OperatingSystem.IsWindows() || Environment.UserName == "root", "root writes into read-only folders anyway");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Directory.CreateDirectory(Path.Combine(_folder, "locked")).FullName;
        var target = Path.Combine(folder, "result.json");
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            Match("--out", target).Should().Be(0, _error.ToString());
            Score(File.ReadAllText(target)).Should().Be(137);
            Directory.GetFiles(folder).Should().Equal(target);
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void SafeOutput_FailureMidWrite_KeepsTheOldFileAndLeavesNoTemporary()
    {
        var target = Path.Combine(_folder, "result.json");
        File.WriteAllText(target, "old");

        var act = () => SafeOutput.Write(target, () => Stream.Null, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new IOException("No space left on device", 28);
        });

        act.Should().Throw<OutputException>().WithMessage($"не удалось записать файл {target}: на диске нет места");
        File.ReadAllText(target).Should().Be("old");
        Directory.GetFiles(_folder).Should().Equal(target);
    }

    [Theory]
    [InlineData(28, "match: не удалось записать в стандартный вывод: на диске нет места")]
    [InlineData(32, "")]
    public void StandardOutputFailure_IsOneLineOrQuietForABrokenPipe(int errno, string line)
    {
        var code = new MatchCommand(_error, () => new FailingStream(errno)).Run(["--mentors", Mentors, "--mentees", Mentees], AnsiConsole.Console);

        code.Should().Be(1);
        _error.ToString().TrimEnd().Should().Be(line);
    }

    [Fact]
    public void Report_StandardOutputFull_IsOneLine()
    {
        var output = new StreamWriter(new FailingStream(28));
        new ReportCommand(output, _error).Run([], AnsiConsole.Console).Should().Be(1);
        _error.ToString().Should().Be($"report: не удалось записать в стандартный вывод: на диске нет места{Environment.NewLine}");
    }

    [SkippableFact]
    public void Process_StdoutToDevFull_PrintsOneRussianLineAndExits1()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/dev/full");
        foreach (var command in new[] { $"match --mentors {Mentors} --mentees {Mentees}", "report --format json", "report", "roadmap --format ics --year 2025", "roadmap --year 2025", "roadmap --help", string.Empty })
        {
            var (code, error) = Shell($"{Demo} {command} > /dev/full");
            code.Should().Be(1, command);
            error.Should().EndWith("не удалось записать в стандартный вывод: на диске нет места\n", command).And.NotContain("   at ", "no stack trace");
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1, command);
        }
    }

    [SkippableFact]
    public void Process_StdoutClosedByTheReader_EndsQuietly()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "bash pipes");
        var mentors = Path.Combine(_folder, "mentors.csv");
        var mentees = Path.Combine(_folder, "mentees.csv");
        File.WriteAllText(mentors, "id,name,organization,competencies,capacity,subjects\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"T{i},X,A,digital:3;contests:2,5,\n")));
        File.WriteAllText(mentees, "id,name,organization,requests,subjects,excluded_mentors\n" + string.Concat(Enumerable.Range(0, 1500).Select(i => $"S{i},X,A,digital;contests,,\n")));

        var (code, error) = Shell($"{Demo} match --mentors {mentors} --mentees {mentees} | head -c 10 > /dev/null; exit ${{PIPESTATUS[0]}}");

        error.Should().BeEmpty();
        code.Should().BeOneOf(0, 1);
    }

    private static string Demo => $"dotnet {Path.Combine(AppContext.BaseDirectory, "Mentorship.ConsoleDemo.dll")}";

    private static (int Code, string Error) Shell(string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", script]) { RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }

    private static int Score(string json) => JsonDocument.Parse(json).RootElement.GetProperty("summary").GetProperty("score").GetInt32();

    private int Match(params string[] extra) =>
        new MatchCommand(_error, () => throw new InvalidOperationException("stdout is not used with --out")).Run(["--mentors", Mentors, "--mentees", Mentees, .. extra], AnsiConsole.Console);

    /// <summary>Standard output that fails as the operating system does: ENOSPC for a full disk, EPIPE for a closed pipe.</summary>
    private sealed class FailingStream(int errno) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException(errno == 28 ? "No space left on device" : "Broken pipe", errno);
    }
}
