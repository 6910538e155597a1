using Microsoft.AspNetCore.Authorization;

namespace Mentorship.WebHost.Security;

/// <summary>The one authorisation requirement of the host: the request passes the access of its endpoint (<see cref="AccessPolicy"/>).</summary>
public sealed class OperationRequirement : IAuthorizationRequirement
{
    /// <summary>The name of the policy that carries the requirement.</summary>
    public const string Policy = "Operation";
}
