using Mentorship.Domain.OpenXml.Excel;
using Mentorship.Domain.OpenXml.Roadmap;
using Mentorship.Domain.Roadmap;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// The coordinator's uploads: the banks' matching data from Excel (.xlsx; all rows or none, every problem listed by
/// sheet, row or person, and column) and the year's roadmap from Word (.docx, the first roadmap table). Files over
/// 1 MB, or unpacking to more than 20 MB, are refused before they are read.
/// </summary>
[RequestSizeLimit(BankService.MaxWorkbookBytes + 100_000)]
[RequestFormLimits(MultipartBodyLengthLimit = BankService.MaxWorkbookBytes + 100_000)]
public sealed class ImportModel(BankService banks, RoadmapService roadmaps) : YearPage
{
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The problems of the last upload, each with where it is.</summary>
    public IReadOnlyList<(string Where, string Problem)> Problems { get; private set; } = [];

    /// <summary>Which upload the problems belong to.</summary>
    public string? Failed { get; private set; }

    public IActionResult OnGet(string organizationId, int year) => ReadKey(organizationId, year) is null ? NotFound() : Page();

    /// <summary>The empty bank workbook (both sheets, Russian headers, drop-down lists of the topics).</summary>
    public IActionResult OnGetTemplate(string organizationId, int year)
    {
        if (ReadKey(organizationId, year) is null)
        {
            return NotFound();
        }

        using var stream = new MemoryStream();
        XlsxBankTemplate.Write(Mentorship.Domain.People.RequestTopicCatalog.Standard, stream);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Банк наставничества (шаблон).xlsx");
    }

    public Task<IActionResult> OnPostMenteesAsync(string organizationId, int year, IFormFile? file, CancellationToken cancellationToken) =>
        BankAsync(organizationId, year, file, "mentees", banks.ImportMenteeWorkbookAsync, "наставляемых", cancellationToken);

    public Task<IActionResult> OnPostMentorsAsync(string organizationId, int year, IFormFile? file, CancellationToken cancellationToken) =>
        BankAsync(organizationId, year, file, "mentors", banks.ImportMentorWorkbookAsync, "наставников", cancellationToken);

    public async Task<IActionResult> OnPostRoadmapAsync(string organizationId, int year, IFormFile? file, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        await using var content = await OpenAsync(file, ".docx", "roadmap", cancellationToken);
        if (content is null)
        {
            return Page();
        }

        var imported = DocxRoadmapImporter.Import(content);
        if (!imported.IsSuccess)
        {
            Failed = "roadmap";
            Problems = [.. imported.Failure.Errors.Select(e => (e.LineNumber > 0 ? $"таблица, строка {e.LineNumber}" : "файл", $"{e.Message} ({e.Code})"))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var saved = await roadmaps.ImportAsync(key, new RoadmapInput(RoadmapMarkdownRenderer.Render(imported.Roadmap)), null, cancellationToken);
        if (saved.Failure is { } failure)
        {
            return Refused("roadmap", failure);
        }

        Notice = $"Дорожная карта {key.Year} года загружена из «{Path.GetFileName(file!.FileName)}»: разделов {imported.Roadmap.Sections.Count}, мероприятий {imported.Roadmap.Sections.Sum(s => s.Activities.Count)}; отметки о выполнении сохранены.";
        return RedirectToPage();
    }

    private async Task<IActionResult> BankAsync(
        string organizationId, int year, IFormFile? file, string form, Func<Storage.YearKey, Stream, CancellationToken, Task<HostOutcome<WorkbookImportView>>> import, string whose, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        await using var content = await OpenAsync(file, ".xlsx", form, cancellationToken);
        if (content is null)
        {
            return Page();
        }

        var outcome = await import(key, content, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            return Refused(form, failure);
        }

        Notice = $"Банк {whose}: прочитано строк {outcome.Value!.Rows}, изменены записи {outcome.Value.Changed} чел.";
        return RedirectToPage();
    }

    // The file, copied into memory (at most 1 MB), or null with the problem shown.
    private async Task<MemoryStream?> OpenAsync(IFormFile? file, string extension, string form, CancellationToken cancellationToken)
    {
        string? problem = null;
        if (file is null || file.Length == 0)
        {
            problem = $"выберите файл {extension}";
        }
        else if (file.Length > BankService.MaxWorkbookBytes)
        {
            problem = $"файл больше {BankService.MaxWorkbookBytes / 1_000_000} МБ";
        }
        else if (!string.Equals(Path.GetExtension(file.FileName), extension, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"нужен файл {extension}, а не «{Path.GetExtension(file.FileName)}»";
        }

        if (problem is null)
        {
            var content = new MemoryStream();
            await file!.CopyToAsync(content, cancellationToken);
            content.Position = 0;
            problem = BankService.CheckPackage(content);
            if (problem is null)
            {
                return content;
            }

            await content.DisposeAsync();
        }

        Failed = form;
        Problems = [("файл", problem)];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return null;
    }

    private PageResult Refused(string form, HostFailure failure)
    {
        Failed = form;
        Problems = failure.Errors.Count > 0
            ? [.. failure.Errors.SelectMany(e => e.Value.Select(m => (e.Key, m)))]
            : [("файл", failure.Detail)];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
