namespace Mentorship.WebHost.Application;

/// <summary>
/// The problems found in one request's input, by field (camelCase JSON paths such as <c>educator.fullName</c> or
/// <c>requests[1]</c>). Messages name the field and the rule, never the value (it may be personal data).
/// </summary>
public sealed class InputErrors
{
    private readonly SortedDictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>The message of a missing or blank required field.</summary>
    public const string RequiredMessage = "Поле обязательно.";

    /// <summary>The message of a value the core refused as a caller's mistake (its own message is English and for developers).</summary>
    public const string InvalidMessage = "Недопустимое значение.";

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }

    /// <summary>The value, or an error "is required" when it is missing or blank.</summary>
    public T? Required<T>(T? value, string field)
        where T : class
    {
        if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)))
        {
            Add(field, RequiredMessage);
            return null;
        }

        return value;
    }

    /// <summary>The value, or an error "is required" when it is missing.</summary>
    public T? Required<T>(T? value, string field)
        where T : struct
    {
        if (value is null)
        {
            Add(field, RequiredMessage);
        }

        return value;
    }

    /// <summary>
    /// Builds a core value from input; a guard's <see cref="ArgumentException"/> (the core's channel for a caller's
    /// mistake) becomes an error on the field. The core's messages carry no personal data.
    /// </summary>
    public T? Try<T>(string field, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException)
        {
            Add(field, InvalidMessage);
            return null;
        }
    }

    /// <summary>As <see cref="Try{T}(string, Func{T})"/> for value types.</summary>
    public T? TryValue<T>(string field, Func<T> create)
        where T : struct
    {
        try
        {
            return create();
        }
        catch (ArgumentException)
        {
            Add(field, InvalidMessage);
            return null;
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
