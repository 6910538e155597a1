using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Mentorship.WebHost.Api;
using Mentorship.WebHost.Application;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// The bounds of <see cref="InputLimits"/> on every page form and query before a handler runs: every posted or
/// queried value at most <see cref="InputLimits.MaxText"/> characters (names <see cref="InputLimits.MaxName"/>), at
/// most <see cref="InputLimits.MaxList"/> values of one field and lines of one text, no NUL, control or bidirectional
/// control characters, plausible dates (a birth date, the start of teaching, any other date). A refusal is a 400
/// page naming each field in Russian; the value is never repeated and nothing is changed.
/// </summary>
internal sealed class PageInputLimits(HostClock clock) : IAsyncPageFilter
{
    // The Russian names of the forms' fields (the rest are named by their form field).
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "идентификатор", ["fullName"] = "ФИО", ["birthDate"] = "дата рождения", ["post"] = "должность",
        ["teachingSince"] = "педагогический стаж с", ["subjects"] = "предметы", ["request1"] = "ключевой запрос",
        ["request2"] = "второй запрос", ["request3"] = "третий запрос", ["consentGivenOn"] = "согласие получено",
        ["admittedOn"] = "дата включения в банк", ["overrideReason"] = "основание решения куратора", ["note"] = "примечание",
        ["on"] = "дата", ["date"] = "дата", ["goal"] = "цель", ["tasks"] = "задачи", ["expectedResults"] = "ожидаемые результаты",
        ["reportingForms"] = "формы отчётности", ["conclusions"] = "выводы", ["recommendations"] = "рекомендации",
        ["title"] = "название", ["orderNumber"] = "номер приказа", ["orderDate"] = "дата приказа", ["number"] = "номер",
        ["hiredOn"] = "принят на работу", ["leftOn"] = "уволен", ["periodStart"] = "начало срока", ["periodEnd"] = "конец срока",
        ["signedOn"] = "дата подписания", ["agreementSignedOn"] = "согласие подписано", ["agreementNumber"] = "номер соглашения",
        ["consentSignedOn"] = "согласие подписано", ["noticeGivenOn"] = "уведомление от", ["effectiveOn"] = "новый наставник с",
        ["firstDay"] = "первый день", ["lastDay"] = "последний день", ["endsOn"] = "последний день", ["answeredOn"] = "дата анкеты",
        ["respondent"] = "кто отвечает", ["mentor"] = "наставник", ["mentee"] = "наставляемый", ["newMentor"] = "новый наставник",
        ["externalOrganizationId"] = "организация наставника", ["request"] = "запрос", ["from"] = "с", ["to"] = "по",
        ["unitId"] = "пара или группа", ["unit"] = "пара или группа", ["toUnit"] = "группа", ["workItemId"] = "дело",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var errors = new InputErrors();
        var request = context.HttpContext.Request;
        foreach (var (key, values) in request.Query)
        {
            CheckRaw(key, values, errors);
        }

        if (request.HasFormContentType)
        {
            foreach (var (key, values) in await request.ReadFormAsync(context.HttpContext.RequestAborted))
            {
                if (key != "__RequestVerificationToken")
                {
                    CheckRaw(key, values, errors);
                }
            }
        }

        // Dates (and everything else) as bound: the handler's arguments and the page's bound forms.
        foreach (var (name, value) in context.HandlerArguments)
        {
            InputLimits.CheckValue(value, Pascal(name), name, clock.Today, errors);
        }

        foreach (var property in context.HandlerInstance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<BindPropertyAttribute>() is not null && property.GetValue(context.HandlerInstance) is { } bound)
            {
                InputLimits.CheckValue(bound, property.Name, property.Name, clock.Today, errors);
            }
        }

        if (errors.Any)
        {
            context.Result = Refusal(errors);
            return;
        }

        await next();
    }

    /// <summary>The Russian name of a form field («Mentee.FullName» → «ФИО»).</summary>
    public static string LabelOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var last = field[(field.LastIndexOf('.') + 1)..];
        var bare = last.Contains('[', StringComparison.Ordinal) ? last[..last.IndexOf('[', StringComparison.Ordinal)] : last;
        return Labels.TryGetValue(bare, out var label) ? label : field;
    }

    private static void CheckRaw(string key, Microsoft.Extensions.Primitives.StringValues values, InputErrors errors)
    {
        var field = key.Length <= 64 ? key : key[..64];
        if (key.Length > InputLimits.MaxName)
        {
            errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"Имя поля не длиннее {InputLimits.MaxName} символов."));
            return;
        }

        if (values.Count > InputLimits.MaxList)
        {
            errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"Не больше {InputLimits.MaxList} значений."));
            return;
        }

        var name = Pascal(key[(key.LastIndexOf('.') + 1)..]);
        foreach (var value in values)
        {
            var text = value ?? string.Empty;
            InputLimits.CheckText(text, name, field, errors);
            if (name != "Table" && text.Split('\n').Count(l => l.Trim().Length > 0) > InputLimits.MaxList)
            {
                errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"Не больше {InputLimits.MaxList} строк."));
            }
        }
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    private static ContentResult Refusal(InputErrors errors)
    {
        var html = new StringBuilder("<p>Ничего не изменено. Исправьте поля и отправьте форму снова:</p><ul id=\"input-errors\">");
        foreach (var (field, messages) in errors.ToDictionary())
        {
            foreach (var message in messages.Distinct(StringComparer.Ordinal))
            {
                html.Append("<li data-field=\"").Append(WebUtility.HtmlEncode(field)).Append("\">Поле «")
                    .Append(WebUtility.HtmlEncode(LabelOf(field))).Append("»: ").Append(WebUtility.HtmlEncode(message)).Append("</li>");
            }
        }

        html.Append("</ul><p><a href=\"/\">На главную</a></p>");
        return new ContentResult { StatusCode = StatusCodes.Status400BadRequest, ContentType = "text/html; charset=utf-8", Content = PlainHtml.Page("Форма не принята", html.ToString()) };
    }
}
