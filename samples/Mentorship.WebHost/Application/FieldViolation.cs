namespace Mentorship.WebHost.Application;

/// <summary>A broken business rule of the core (<see cref="Mentorship.Domain.Common.RuleViolation"/>) with the input field it concerns.</summary>
public sealed record FieldViolation(string Field, string Rule, string Code, string Message, string? Subject);
