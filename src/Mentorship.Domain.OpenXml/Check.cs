using System;
using System.Runtime.CompilerServices;

namespace Mentorship.Domain.OpenXml;

/// <summary>Argument checks for both target frameworks (netstandard2.0 has no <c>ArgumentNullException.ThrowIfNull</c>).</summary>
internal static class Check
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class => value ?? throw new ArgumentNullException(name);
}
