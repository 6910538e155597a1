namespace Mentorship.Domain.Roadmap;

/// <summary>One work item that follows another, by a <see cref="DependencyRule"/>.</summary>
/// <param name="DependentId">The work item that follows.</param>
/// <param name="PrerequisiteId">The work item that comes first.</param>
/// <param name="Rule">The name of the dependency rule.</param>
public sealed record WorkItemDependency(string DependentId, string PrerequisiteId, string Rule);
