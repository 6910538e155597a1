using System.Globalization;
using Mentorship.Domain.Documents;
using Mentorship.WebHost.Application;

namespace Mentorship.WebHost.Api;

/// <summary>
/// Turns host outcomes into HTTP: a value (200, or 201 with its location) with the aggregate's version as ETag; an
/// invalid request as 400 validation problem details with <c>errors</c> by field (and the core's
/// <c>violations</c>); a missing resource as 404; a conflicting write as 409 with the current version.
/// </summary>
internal static class HttpResults
{
    public static IResult ToHttp<T>(this HostOutcome<T> outcome, HttpContext context, Func<T, string>? location = null)
    {
        if (outcome.Failure is { } failure)
        {
            return failure.ToHttp();
        }

        if (outcome.Version > 0)
        {
            context.Response.Headers.ETag = Versions.ToETag(outcome.Version);
        }

        return outcome.Created && location is not null
            ? Results.Created(location(outcome.Value!), outcome.Value)
            : Results.Ok(outcome.Value);
    }

    public static IResult ToHttp(this HostFailure failure) => failure.Kind switch
    {
        FailureKind.Invalid => Results.ValidationProblem(
            failure.Errors,
            failure.Detail,
            title: ProblemTitles.Invalid,
            extensions: failure.Violations.Count > 0 ? new Dictionary<string, object?> { ["violations"] = failure.Violations } : null),
        FailureKind.NotFound => Results.Problem(failure.Detail, statusCode: StatusCodes.Status404NotFound, title: ProblemTitles.NotFound),
        _ => Results.Problem(
            failure.Detail,
            statusCode: StatusCodes.Status409Conflict,
            title: ProblemTitles.Conflict,
            extensions: failure.CurrentVersion is { } current
                ? new Dictionary<string, object?> { ["currentVersion"] = current.ToString(CultureInfo.InvariantCulture) }
                : null),
    };

    public static IResult Invalid(InputErrors errors) => HostFailure.Invalid(errors).ToHttp();

    /// <summary>A rendered document as text: plain text when asked for, Markdown otherwise (also for an undefined format).</summary>
    public static IResult ToText(this HostOutcome<RenderedDocument> outcome, ReportTextFormat? format) =>
        outcome.Failure is { } failure
            ? failure.ToHttp()
            : format == ReportTextFormat.PlainText
                ? Results.Text(outcome.Value!.PlainText, "text/plain; charset=utf-8")
                : Results.Text(outcome.Value!.Markdown, "text/markdown; charset=utf-8");
}
