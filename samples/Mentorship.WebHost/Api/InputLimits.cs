using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Mentorship.WebHost.Application;
using NodaTime;

namespace Mentorship.WebHost.Api;

/// <summary>
/// Bounds on every request body before any rule of the core runs: names at most <see cref="MaxName"/> characters,
/// other texts at most <see cref="MaxText"/> (a roadmap table <see cref="MaxTable"/>), lists at most
/// <see cref="MaxList"/> items; no NUL, control or bidirectional-override characters; dates plausible (a birth date
/// makes the person 16 to 95 years old, teaching starts between 1950 and next year, any other date between 1950 and
/// 2200). Each refusal is a 400 naming the field; the value is never echoed.
/// </summary>
internal sealed class InputLimits(HostClock clock) : IEndpointFilter
{
    public const int MaxName = 200;
    public const int MaxText = 2000;
    public const int MaxTable = 200_000;
    public const int MaxList = 50;
    private const int MaxDepth = 8;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var errors = new InputErrors();
        foreach (var argument in context.Arguments)
        {
            if (argument is not null && IsContract(argument.GetType()))
            {
                Check(argument, string.Empty, clock.Today, errors, 0);
            }
        }

        return errors.Any ? HttpResults.Invalid(errors) : await next(context);
    }

    /// <summary>Checks one input object (and everything in it) and adds a message per field that breaks a bound.</summary>
    public static void Check(object input, string path, LocalDate today, InputErrors errors, int depth)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var field = Join(path, JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            CheckValue(property.GetValue(input), property.Name, field, today, errors, depth);
        }
    }

    /// <summary>Checks one value (a text, a date, a list, an input or a page form) named <paramref name="name"/> (PascalCase).</summary>
    public static void CheckValue(object? value, string name, string field, LocalDate today, InputErrors errors) =>
        CheckValue(value, name, field, today, errors, 0);

    private static void CheckValue(object? value, string name, string field, LocalDate today, InputErrors errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                CheckText(text, name, field, errors);
                return;
            case LocalDate date:
                CheckDate(date, name, field, today, errors);
                return;
            case DateOnly day:
                CheckDate(LocalDate.FromDateOnly(day), name, field, today, errors);
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    if (index == MaxList)
                    {
                        errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"Не больше {MaxList} элементов в списке."));
                        return;
                    }

                    CheckValue(item, name, string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]"), today, errors, depth + 1);
                    index++;
                }

                return;
            default:
                if (IsContract(value.GetType()))
                {
                    Check(value, field, today, errors, depth + 1);
                }

                return;
        }
    }

    /// <summary>Checks one text: its length by its name (PascalCase) and its characters.</summary>
    public static void CheckText(string text, string name, string field, InputErrors errors)
    {
        var limit = name == "Table" ? MaxTable : name.EndsWith("Name", StringComparison.Ordinal) || name == "Mentee" || name == "Mentor" ? MaxName : MaxText;
        if (text.Length > limit)
        {
            errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"Не длиннее {limit} символов."));
        }

        if (text.Any(Forbidden))
        {
            errors.Add(field, "Недопустимые символы: нулевой, управляющие или меняющие направление текста.");
        }
    }

    // NUL and other C0/C1 controls (tab and line breaks allowed), and the bidirectional embeddings, overrides, isolates and marks.
    private static bool Forbidden(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    private static void CheckDate(LocalDate date, string name, string field, LocalDate today, InputErrors errors)
    {
        var (from, to, what) = name switch
        {
            "BirthDate" => (today.PlusYears(-95), today.PlusYears(-16), "Дата рождения неправдоподобна"),
            "TeachingSince" => (new LocalDate(1950, 1, 1), today.PlusYears(1), "Дата начала педагогической деятельности неправдоподобна"),
            _ => (new LocalDate(1950, 1, 1), new LocalDate(2200, 12, 31), "Дата неправдоподобна"),
        };
        if (date < from || date > to)
        {
            errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"{what}: допустимо с {from:dd.MM.yyyy} по {to:dd.MM.yyyy}."));
        }
    }

    // The API's inputs, and the page forms that become them.
    private static bool IsContract(Type type) =>
        !type.IsEnum && (type.Namespace == "Mentorship.WebHost.Contracts" || (type.Namespace == "Mentorship.WebHost.Pages" && type.Name.EndsWith("Form", StringComparison.Ordinal)));

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
