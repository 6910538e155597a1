namespace Mentorship.WebHost.Security;

/// <summary>Roles allowed an operation within a scope; <paramref name="ReadsOnly"/> limits a page grant to GET.</summary>
/// <param name="Roles">The roles the grant is for.</param>
/// <param name="Scope">The resources it reaches.</param>
/// <param name="ReadsOnly">Only reading requests (pages: GET and HEAD).</param>
public sealed record Grant(Role Roles, Scope Scope, bool ReadsOnly = false);
