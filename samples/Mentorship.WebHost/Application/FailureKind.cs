namespace Mentorship.WebHost.Application;

/// <summary>The HTTP-independent kinds of failure: invalid input (400), a missing resource (404), a conflicting write (409).</summary>
public enum FailureKind
{
    Invalid = 1,
    NotFound = 2,
    Conflict = 3,
}
