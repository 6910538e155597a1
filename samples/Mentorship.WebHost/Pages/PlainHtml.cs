namespace Mentorship.WebHost.Pages;

/// <summary>
/// A page answered without Razor (a refusal written before any page runs: too many login attempts, a form over its
/// limits): the site's shell around a heading and its body.
/// </summary>
internal static class PlainHtml
{
    /// <summary>The whole document.</summary>
    /// <param name="title">The title and heading: the caller's constant, plain text without markup characters.</param>
    /// <param name="body">The HTML after the heading inside <c>main</c>, already encoded.</param>
    public static string Page(string title, string body) =>
        "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\" /><title>" + title + "</title>"
        + "<link rel=\"stylesheet\" href=\"/site.css\" /></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
}
