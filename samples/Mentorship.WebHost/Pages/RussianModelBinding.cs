using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// The page forms' model-binding messages in Russian (the framework's are English: «The value '2026-02-30' is not
/// valid for BirthDate.»). The value typed is never repeated: it may be personal data.
/// </summary>
internal static class RussianModelBinding
{
    /// <summary>Replaces every message of the binding message provider.</summary>
    /// <param name="options">The MVC options.</param>
    public static void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = options.ModelBindingMessageProvider;
        p.SetAttemptedValueIsInvalidAccessor((_, field) => $"Поле «{field}»: значение не подходит (даты — существующий день, числа — цифрами).");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Значение не подходит (даты — существующий день, числа — цифрами).");
        p.SetUnknownValueIsInvalidAccessor(field => $"Поле «{field}»: значение не подходит.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Значение не подходит.");
        p.SetValueIsInvalidAccessor(_ => "Значение не подходит.");
        p.SetValueMustBeANumberAccessor(field => $"Поле «{field}» должно быть числом.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Значение должно быть числом.");
        p.SetMissingBindRequiredValueAccessor(field => $"Поле «{field}» обязательно.");
        p.SetMissingKeyOrValueAccessor(() => "Значение обязательно.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Тело запроса обязательно.");
        p.SetValueMustNotBeNullAccessor(field => $"Поле «{field}» обязательно.");
    }
}
