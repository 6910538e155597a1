namespace Mentorship.Domain.Common.Violations;

/// <summary>An argument a catalogued code takes: its name in the texts and its kind.</summary>
/// <param name="Name">The name, e.g. <c>day</c> for <c>{day}</c>.</param>
/// <param name="Kind">The kind of value.</param>
public sealed record ViolationParameter(string Name, ViolationArgumentKind Kind);
