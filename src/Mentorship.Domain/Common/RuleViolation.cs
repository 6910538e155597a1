using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common.Violations;

namespace Mentorship.Domain.Common;

/// <summary>
/// A broken business rule: which rule, a stable machine-readable code, the arguments the rule was broken with
/// (dates, numbers, identifiers, topics, terms) and a message for people, in Russian by default.
/// </summary>
/// <remarks>
/// <para>Build a violation with <see cref="Create"/>: the code must be in <see cref="ViolationCatalog"/> and the
/// arguments must be the ones its entry declares; <see cref="Message"/> is then the catalogue's Russian text
/// with the arguments put in, and <see cref="ViolationFormatter"/> gives it in English or with a host's own
/// text. The older constructor with a ready message still works (its text is shown as given) for rules not yet
/// in the catalogue.</para>
/// <para>Arguments and messages never contain personal data: people are named by identifier only.</para>
/// </remarks>
public sealed record RuleViolation
{
    private readonly string? _givenMessage;
    private readonly ViolationArgument[] _arguments;

    /// <summary>Creates a violation with a ready message and no arguments (the form used before the catalogue).</summary>
    /// <param name="Rule">The name of the rule class that was broken, e.g. <c>RequestListRule</c>.</param>
    /// <param name="Code">A stable code a caller can branch on, e.g. <c>request-list.repeated-topic</c>.</param>
    /// <param name="Message">What is wrong and where, for people; shown as given.</param>
    /// <param name="Subject">The identifier of the thing the rule was checked for, if any.</param>
    public RuleViolation(string Rule, string Code, string Message, string? Subject = null)
    {
        this.Rule = Guard.Against.NullOrWhiteSpace(Rule);
        this.Code = Guard.Against.NullOrWhiteSpace(Code);
        _givenMessage = Guard.Against.Null(Message);
        this.Subject = Subject;
        _arguments = [];
    }

    private RuleViolation(string rule, string code, string? subject, ViolationArgument[] arguments)
    {
        Rule = rule;
        Code = code;
        Subject = subject;
        _arguments = arguments;
    }

    /// <summary>The name of the rule class that was broken, e.g. <c>RequestListRule</c>.</summary>
    public string Rule { get; }

    /// <summary>A stable code a caller can branch on, e.g. <c>request-list.repeated-topic</c>.</summary>
    public string Code { get; }

    /// <summary>The identifier of the thing the rule was checked for, if any.</summary>
    public string? Subject { get; }

    /// <summary>The arguments the rule was broken with, in the order the catalogue declares them; empty for a
    /// violation made with a ready message.</summary>
    public IReadOnlyList<ViolationArgument> Arguments => _arguments;

    /// <summary>What is wrong and where, in Russian (<see cref="ViolationFormatter.Russian"/>); for a violation made
    /// with a ready message, that message.</summary>
    public string Message => ViolationFormatter.Russian.Format(this);

    /// <summary>The message the violation was made with, if it was made with one.</summary>
    public string? GivenMessage => _givenMessage;

    /// <summary>Creates a violation of a catalogued code with its arguments.</summary>
    /// <param name="rule">The name of the rule class, e.g. <c>nameof(MentorLoadRule)</c>.</param>
    /// <param name="code">The code; it must be in <see cref="ViolationCatalog"/> with that rule.</param>
    /// <param name="subject">The identifier of the thing the rule was checked for, if any.</param>
    /// <param name="arguments">The arguments, exactly the ones the catalogue entry declares (any order).</param>
    /// <returns>The violation.</returns>
    /// <exception cref="InvalidOperationException">The code is not in the catalogue, belongs to another rule, or the
    /// arguments differ from the ones its entry declares (a mistake in the rule's code).</exception>
    public static RuleViolation Create(string rule, string code, string? subject, params ViolationArgument[] arguments)
    {
        Guard.Against.NullOrWhiteSpace(rule);
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.Null(arguments);
        if (!ViolationCatalog.TryGet(code, out var entry))
        {
            throw new InvalidOperationException($"The code {code} of {rule} is not in the violation catalogue.");
        }

        if (entry.Rule != rule)
        {
            throw new InvalidOperationException($"The code {code} belongs to {entry.Rule} in the catalogue, not to {rule}.");
        }

        var ordered = new ViolationArgument[entry.Arguments.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            var parameter = entry.Arguments[i];
            ordered[i] = arguments.SingleOrDefault(a => a.Name == parameter.Name && a.Kind == parameter.Kind)
                ?? throw new InvalidOperationException($"The code {code} needs the argument {parameter.Name} ({parameter.Kind}).");
        }

        if (arguments.Length != ordered.Length)
        {
            var extra = arguments.Select(a => a.Name).Except(entry.Arguments.Select(p => p.Name));
            throw new InvalidOperationException($"The code {code} has no arguments {string.Join(", ", extra)}.");
        }

        return new RuleViolation(rule, code, subject, ordered);
    }

    /// <summary>The plain data of the violation, to store or send (see <see cref="FromSnapshot"/>).</summary>
    /// <returns>The snapshot.</returns>
    public RuleViolationSnapshot ToSnapshot() => new(Rule, Code, Subject, _arguments, _givenMessage);

    /// <summary>Rebuilds a violation from its snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The violation; equal to the one the snapshot was taken of.</returns>
    /// <exception cref="ArgumentException">The snapshot has neither a message nor the arguments its catalogued code
    /// declares.</exception>
    public static RuleViolation FromSnapshot(RuleViolationSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        if (snapshot.Message is { } message)
        {
            return new RuleViolation(snapshot.Rule, snapshot.Code, message, snapshot.Subject);
        }

        try
        {
            return Create(snapshot.Rule, snapshot.Code, snapshot.Subject, (snapshot.Arguments ?? []).ToArray());
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException(e.Message, nameof(snapshot), e);
        }
    }

    /// <summary>Gives the value of an argument.</summary>
    /// <param name="name">The argument's name, as in the catalogue.</param>
    /// <returns>The argument, or <see langword="null"/> if the violation has none of that name.</returns>
    public ViolationArgument? Argument(string name) => _arguments.FirstOrDefault(a => a.Name == name);

    /// <summary>Deconstructs the violation as the positional record it was.</summary>
    /// <param name="Rule">The rule.</param>
    /// <param name="Code">The code.</param>
    /// <param name="Message">The Russian message.</param>
    /// <param name="Subject">The subject.</param>
    public void Deconstruct(out string Rule, out string Code, out string Message, out string? Subject)
    {
        Rule = this.Rule;
        Code = this.Code;
        Message = this.Message;
        Subject = this.Subject;
    }

    /// <inheritdoc />
    public bool Equals(RuleViolation? other) =>
        other is not null
        && Rule == other.Rule
        && Code == other.Code
        && Subject == other.Subject
        && _givenMessage == other._givenMessage
        && _arguments.SequenceEqual(other._arguments);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = (StringComparer.Ordinal.GetHashCode(Code) * 31) + StringComparer.Ordinal.GetHashCode(Rule);
            hash = (hash * 31) + (Subject is null ? 0 : StringComparer.Ordinal.GetHashCode(Subject));
            return _arguments.Aggregate(hash, (h, a) => (h * 31) + a.GetHashCode());
        }
    }

    /// <inheritdoc />
    public override string ToString() => Subject is null ? $"{Code}: {Message}" : $"{Code} ({Subject}): {Message}";
}
