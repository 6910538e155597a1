using Mentorship.Domain.Monitoring.Facts;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>The year's staff list (K1, K8, K10, K11): educators with post, employment, young-teacher status, achievements.</summary>
public sealed class StaffModel(StaffService staff, BankService banks) : YearPage
{
    public StaffListView? Staff { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Notice { get; set; }

    public string Name(string id) => Names.TryGetValue(id, out var name) ? $"{id} {name}" : id;

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, CancellationToken cancellationToken) =>
        ReadKey(organizationId, year) is { } key ? await ShowAsync(key, cancellationToken) : NotFound();

    public Task<IActionResult> OnPostPutAsync(
        string organizationId, int year, string? id, string? post, DateOnly? hiredOn, DateOnly? leftOn, DateOnly? teachingSince, DateOnly? birthDate, int version,
        CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, $"Сотрудник {id} внесён в список.", async (key, ct) =>
        {
            // A PUT replaces the entry: keep the achievements, and the young-teacher status unless a birth date is given.
            var current = (await staff.GetAsync(key, ct)).Value?.Members.FirstOrDefault(m => m.Id == id);
            var input = new StaffMemberInput(
                post, Date(hiredOn), Date(leftOn), Date(teachingSince), Date(birthDate), birthDate is null ? current?.YoungTeacherThrough : null, Achievements(current));
            return (await staff.PutAsync(key, id ?? string.Empty, input, Expected(version), ct)).Failure;
        }, cancellationToken);

    public Task<IActionResult> OnPostAchievementAsync(
        string organizationId, int year, string id, DateOnly? on, AchievementKind? kind, string? title, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, $"Достижение {id} записано.", async (key, ct) =>
        {
            var current = (await staff.GetAsync(key, ct)).Value?.Members.FirstOrDefault(m => m.Id == id);
            if (current is null)
            {
                return HostFailure.NotFound($"В штатном списке нет педагога «{id}».");
            }

            var input = new StaffMemberInput(
                current.Post, current.HiredOn, current.LeftOn, current.TeachingSince, null, current.YoungTeacherThrough, [.. Achievements(current), new AchievementInput(Date(on), kind, title)]);
            return (await staff.PutAsync(key, id, input, Expected(version), ct)).Failure;
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(string organizationId, int year, string id, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, $"Сотрудник {id} исключён из списка.", async (key, ct) =>
            (await staff.RemoveAsync(key, id, Expected(version), ct)).Failure, cancellationToken);

    public static string Of(AchievementKind kind) => kind switch
    {
        AchievementKind.NewCategory => "квалификационная категория",
        AchievementKind.Contest => "конкурс",
        AchievementKind.OpenLesson => "открытый урок",
        _ => "публикация",
    };

    private static AchievementInput?[] Achievements(StaffMemberView? member) =>
        (member?.Achievements ?? []).Select(a => (AchievementInput?)new AchievementInput(a.On, a.Kind, a.Title)).ToArray();

    private async Task<IActionResult> RunAsync(string organizationId, int year, string notice, Func<YearKey, CancellationToken, Task<HostFailure?>> command, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        if (await command(key, cancellationToken) is { } failure)
        {
            ShowFailure(failure);
            return await ShowAsync(key, cancellationToken);
        }

        Notice = notice;
        return RedirectToPage(new { organizationId, year });
    }

    private async Task<IActionResult> ShowAsync(YearKey key, CancellationToken cancellationToken)
    {
        Staff = (await staff.GetAsync(key, cancellationToken)).Value;
        Names = await NamesAsync(banks, key, cancellationToken);
        return Page();
    }
}
