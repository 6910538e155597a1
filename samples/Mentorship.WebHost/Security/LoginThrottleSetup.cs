using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;

namespace Mentorship.WebHost.Security;

/// <summary>Registers and places the login limits of <see cref="LoginThrottle"/>.</summary>
internal static class LoginThrottleSetup
{
    public static IServiceCollection AddLoginThrottle(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Security:LoginAttemptsPerMinute", 30);
        services.AddSingleton<LoginThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(c => LoginThrottle.IsAttempt(c.Request)
                ? RateLimitPartition.GetSlidingWindowLimiter(LoginThrottle.AddressOf(c), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            o.OnRejected = (c, ct) => new ValueTask(LoginThrottle.RefuseAsync(
                c.HttpContext, c.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : null, ct));
        });

        // Behind a proxy or load balancer the client's address comes from X-Forwarded-For, trusted from the listed proxies only.
        var proxies = (configuration["Host:KnownProxies"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            o.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        return services;
    }

    public static IApplicationBuilder UseLoginThrottle(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IConfiguration>()["Host:KnownProxies"] is { Length: > 0 })
        {
            app.UseForwardedHeaders();
        }

        return app.UseRateLimiter();
    }
}
