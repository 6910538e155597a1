using System;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>
/// A link is an absolute http or https address (monitoring forms open it), and the website's «Наставничество» section
/// is registered with one: a section without an address cannot be checked.
/// </summary>
public static class LocalActLinkRule
{
    /// <summary>Code: the link is not an http or https address.</summary>
    public const string NotWebAddress = "local-act.link-not-web-address";

    /// <summary>Code: the website section without a link.</summary>
    public const string Required = "local-act.link-required";

    /// <summary>Whether a text is an absolute http or https address.</summary>
    /// <param name="link">The text.</param>
    /// <returns><see langword="true"/> for an address such as <c>https://school.example/nastavnichestvo</c>.</returns>
    public static bool IsWebAddress(string? link) =>
        link is not null
        && Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    /// <summary>Checks the link.</summary>
    /// <param name="draft">The act.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(LocalActDraft draft)
    {
        Guard.Against.Null(draft);
        if (string.IsNullOrWhiteSpace(draft.Link))
        {
            return draft.Kind == LocalActKind.WebsiteSection
                ? RuleViolation.Create(nameof(LocalActLinkRule), Required, draft.Number, ViolationArgument.Term("kind", draft.Kind))
                : null;
        }

        return IsWebAddress(draft.Link)
            ? null
            : RuleViolation.Create(nameof(LocalActLinkRule), NotWebAddress, draft.Number, ViolationArgument.Text("link", draft.Link!.Trim()));
    }
}
