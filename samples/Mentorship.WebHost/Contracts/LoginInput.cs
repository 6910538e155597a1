namespace Mentorship.WebHost.Contracts;

/// <summary>A login: the account's user name and password.</summary>
/// <param name="UserName">The user name (lower case).</param>
/// <param name="Password">The password.</param>
public sealed record LoginInput(string? UserName, string? Password);
