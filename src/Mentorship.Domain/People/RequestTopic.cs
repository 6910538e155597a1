using Ardalis.GuardClauses;

namespace Mentorship.Domain.People;

/// <summary>A professional request topic: its code and its Russian title.</summary>
public sealed class RequestTopic
{
    /// <summary>Creates a topic.</summary>
    /// <param name="code">The code.</param>
    /// <param name="title">The Russian title, e.g. «цифровые инструменты, ИКТ».</param>
    /// <param name="isStandard">Whether the topic is one of the standard catalog's fourteen.</param>
    /// <exception cref="System.ArgumentException">The code is the default value or the title is blank.</exception>
    public RequestTopic(TopicCode code, string title, bool isStandard = false)
    {
        Guard.Against.Default(code);
        Code = code;
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
        IsStandard = isStandard;
    }

    /// <summary>The code.</summary>
    public TopicCode Code { get; }

    /// <summary>The Russian title.</summary>
    public string Title { get; }

    /// <summary>Whether the topic belongs to the standard catalog rather than to one organisation.</summary>
    public bool IsStandard { get; }

    /// <inheritdoc />
    public override string ToString() => Code.Value;
}
