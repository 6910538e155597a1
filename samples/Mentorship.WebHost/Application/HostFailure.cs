using Mentorship.Domain.Common;

namespace Mentorship.WebHost.Application;

/// <summary>Why a request was not carried out. Nothing was saved.</summary>
public sealed record HostFailure(
    FailureKind Kind,
    string Detail,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<FieldViolation> Violations,
    int? CurrentVersion = null)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static HostFailure Invalid(InputErrors errors) =>
        new(FailureKind.Invalid, "В запросе есть ошибки в полях, перечисленных в «errors»; ничего не изменено.", errors.ToDictionary(), []);

    /// <summary>The core refused the command: each broken rule becomes an error on the field it concerns.</summary>
    public static HostFailure Rejected(Rejection rejection, ViolationFields fields)
    {
        var violations = rejection.Violations.Select(v => FieldViolation.Of(v, fields.FieldOf(v))).ToArray();
        var errors = violations
            .GroupBy(v => v.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return new(FailureKind.Invalid, "Запрос нарушает правила, перечисленные в «violations» (код, текст и аргументы каждого); ничего не изменено.", errors, violations);
    }

    public static HostFailure NotFound(string detail) => new(FailureKind.NotFound, detail, NoErrors, []);

    /// <summary>A change based on an older version than the stored one: 409 with the current version.</summary>
    /// <param name="what">What was changed, in Russian («банк наставляемых»).</param>
    /// <param name="key">Whose.</param>
    /// <param name="current">The stored version.</param>
    /// <param name="expected">The version the change was based on.</param>
    public static HostFailure Stale(string what, object key, int current, int expected) => Conflict(
        $"Данные «{what} {key}» уже в версии {current}, а изменение сделано по версии {expected}: их тем временем изменил другой координатор. "
        + "Ничего не сохранено: обновите данные и повторите изменение.",
        current);

    public static HostFailure Conflict(string detail, int? currentVersion = null) => new(FailureKind.Conflict, detail, NoErrors, [], currentVersion);
}
