using System.Collections.Generic;

namespace Mentorship.Domain.Common;

/// <summary>The plain data of a <see cref="RuleViolation"/>, to store or send and rebuild with
/// <see cref="RuleViolation.FromSnapshot"/>.</summary>
/// <param name="Rule">The rule class's name.</param>
/// <param name="Code">The code.</param>
/// <param name="Subject">The subject's identifier, if any.</param>
/// <param name="Arguments">The arguments (empty for a violation made with a ready message).</param>
/// <param name="Message">The ready message the violation was made with, if it was; <see langword="null"/> for a
/// catalogued violation, whose text is formatted from the arguments.</param>
public sealed record RuleViolationSnapshot(string Rule, string Code, string? Subject, IReadOnlyList<ViolationArgument> Arguments, string? Message = null);
