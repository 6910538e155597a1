using System.Diagnostics;
using Mentorship.Domain.Documents;

namespace Mentorship.Domain.OpenXml.Tests.Word;

/// <summary>
/// Each demo document converted to PDF by LibreOffice (<c>soffice --headless --convert-to pdf</c>): its pages counted
/// (<c>pdfinfo</c>), its title and signature found in the text of the PDF (<c>pdftotext</c>). Skipped, with the reason,
/// where LibreOffice or poppler-utils is not installed (.ci/run installs them).
/// </summary>
public sealed class LibreOfficeTests : IClassFixture<LibreOfficeTests.Conversion>
{
    private readonly Conversion _pdf;

    public LibreOfficeTests(Conversion pdf) => _pdf = pdf;

    [SkippableTheory]
    [MemberData(nameof(DemoDocuments.Names), MemberType = typeof(DemoDocuments))]
    public void LibreOffice_lays_the_document_out_with_its_title_and_signature(string name)
    {
        Skip.If(_pdf.Missing is not null, _pdf.Missing);
        var (_, document, _) = DemoDocuments.Get(name);
        var pdf = _pdf.Pdf(name);
        var pages = int.Parse(Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal)).Substring(6).Trim());
        var text = Run("pdftotext", "-layout", pdf, "-");
        pages.Should().Be(text.Count(c => c == '\f'), "pdftotext sees as many pages as pdfinfo counts");
        var charts = document.Content.Blocks.Count(b => b.Kind == DocumentBlockKind.Chart);
        pages.Should().BeInRange(1, 2 + (document.Markdown.Length / 1000) + charts, "a page holds 1 000 characters of Markdown or a chart at least");
        var flat = Flat(text);
        var title = document.Content.Blocks.First(b => b.Kind == DocumentBlockKind.Title).Text;
        flat.Should().Contain(Flat(title).ToUpperInvariant(), "the title is printed in capitals");
        flat.Should().Contain(Flat(Signature(document.Content)));
    }

    /// <summary>The words a signer looks for: the head's name, or a report's last line.</summary>
    private static string Signature(DocumentContent content) =>
        content.Blocks.FirstOrDefault(b => b.Kind is DocumentBlockKind.Signature or DocumentBlockKind.Approval)?.Right
        ?? content.Blocks.Last(b => b.Kind == DocumentBlockKind.Paragraph).Text;

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '_'));

    private static string Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{program} succeeds");
        return output;
    }

    /// <summary>Converts every demo document once, in one LibreOffice run.</summary>
    public sealed class Conversion : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "mentorship-docx-" + Guid.NewGuid().ToString("N"));

        public Conversion()
        {
            var soffice = Find("soffice");
            Missing = soffice is null ? "LibreOffice (soffice) is not installed"
                : Find("pdftotext") is null || Find("pdfinfo") is null ? "poppler-utils (pdftotext, pdfinfo) is not installed"
                : null;
            if (Missing is not null)
            {
                return;
            }

            Directory.CreateDirectory(_directory);
            var files = new List<string>();
            foreach (var (name, _, docx) in DemoDocuments.Documents)
            {
                var path = Path.Combine(_directory, name + ".docx");
                File.WriteAllBytes(path, docx);
                files.Add(path);
            }

            // A profile of its own, so that a running LibreOffice of the user's does not take the job.
            var profile = new Uri(Path.Combine(_directory, "profile")).AbsoluteUri;
            Run(soffice!, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", _directory, .. files]);
        }

        public string? Missing { get; }

        public string Pdf(string name) => Path.Combine(_directory, name + ".pdf");

        public void Dispose()
        {
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }

        private static string? Find(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(d => Path.Combine(d, program))
                .FirstOrDefault(File.Exists);
    }
}
