using System.Globalization;
using System.Threading.RateLimiting;
using Mentorship.WebHost.Pages;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Security;

/// <summary>
/// Per-client-address limits on logging in (ASP.NET Core rate limiting), against password guessing and against
/// locking other people's accounts out on purpose (five failures lock an account for 15 minutes):
/// <list type="bullet">
/// <item>every login attempt (the API's <c>POST /api/account/login</c> and the login form's post) counts against
/// <c>Security:LoginAttemptsPerMinute</c> (default 30) per address;</item>
/// <item>every <em>failed</em> attempt counts against <c>Security:LoginFailuresPer15Minutes</c> (default 10) per
/// address; once they are spent, the address's attempts are refused before the password is even checked, so one
/// address can lock at most two accounts in a quarter of an hour, and a school behind one address is not slowed by
/// its colleagues' successful logins.</item>
/// </list>
/// A refusal is 429 with <c>Retry-After</c>: problem details in Russian for the API, a Russian page for the form.
/// The counters live in each instance's memory (several instances multiply the limits by their number); behind a
/// proxy set <c>Host:KnownProxies</c> so that the client's address is read from <c>X-Forwarded-For</c>.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    /// <summary>Creates the failure counters with the configured limit.</summary>
    /// <param name="configuration">The host's configuration.</param>
    public LoginThrottle(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var limit = configuration.GetValue("Security:LoginFailuresPer15Minutes", 10);
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(15),
            SegmentsPerWindow = 15,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>The rate limiter policy of login attempts.</summary>
    public const string Policy = "login";

    /// <summary>The title of a refusal.</summary>
    public const string Title = "Слишком много попыток входа";

    /// <summary>The text of a refusal.</summary>
    public const string Detail = "С этого адреса слишком много попыток входа. Подождите несколько минут и повторите.";

    /// <summary>The seconds a refused client is asked to wait when the limiter does not say.</summary>
    private const int DefaultRetrySeconds = 60;

    /// <summary>Whether the address has spent its failed attempts (then the password is not checked at all).</summary>
    public bool IsBlocked(HttpContext context)
    {
        using var lease = _failures.AttemptAcquire(AddressOf(context), 0);
        return !lease.IsAcquired;
    }

    /// <summary>Counts a failed attempt against the address.</summary>
    public void RecordFailure(HttpContext context)
    {
        using var lease = _failures.AttemptAcquire(AddressOf(context), 1);
    }

    /// <inheritdoc/>
    public void Dispose() => _failures.Dispose();

    /// <summary>The partition of a request: the client's address (after a known proxy's X-Forwarded-For).</summary>
    public static string AddressOf(HttpContext context) =>
        context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The 429 answer: Russian problem details for the API, a Russian page for the form.</summary>
    public static async Task RefuseAsync(HttpContext context, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromSeconds(DefaultRetrySeconds)).TotalSeconds);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (SecuritySetup.IsApi(context.Request))
        {
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = Title, Detail = Detail },
            });
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            PlainHtml.Page(
                Title,
                "<p>" + Detail + "</p><p>Повторить можно через " + seconds.ToString(CultureInfo.InvariantCulture)
                + " с. <a href=\"/account/login\">Ко входу</a></p>"),
            cancellationToken);
    }

    /// <summary>Whether a request is a login attempt (not the logout button, which posts to the same page).</summary>
    public static bool IsAttempt(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsPost(request.Method)
            && (request.Path.Equals("/api/account/login", StringComparison.OrdinalIgnoreCase)
                || (request.Path.Equals("/account/login", StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(request.Query["handler"], "Logout", StringComparison.OrdinalIgnoreCase)));
    }
}
