namespace Mentorship.WebHost.Api;

/// <summary>The Russian titles of the host's problem details (the framework's defaults are English).</summary>
internal static class ProblemTitles
{
    public const string Invalid = "Запрос не принят";

    public const string NotFound = "Не найдено";

    public const string Conflict = "Конфликт изменений";

    /// <summary>The Russian title for a status the framework answers by itself (401, 403, 404, 405, 413, 415, 500…), or null.</summary>
    public static string? ForStatus(int? status) => status switch
    {
        400 => Invalid,
        401 => "Нужен вход в систему",
        403 => "Доступ запрещён",
        404 => NotFound,
        405 => "Метод не поддерживается",
        409 => Conflict,
        412 => "Версия устарела",
        413 => "Запрос слишком большой",
        415 => "Неподдерживаемый тип содержимого",
        428 => "Нужна версия (If-Match)",
        429 => "Слишком много запросов",
        >= 500 => "Внутренняя ошибка сервера",
        _ => null,
    };
}
