namespace Mentorship.WebHost.Api;

/// <summary>The Russian titles of the host's problem details (the framework's defaults are English).</summary>
internal static class ProblemTitles
{
    public const string Invalid = "Запрос не принят";

    public const string NotFound = "Не найдено";

    public const string Conflict = "Конфликт изменений";
}
