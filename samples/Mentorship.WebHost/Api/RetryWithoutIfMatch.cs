using System.Collections.Concurrent;
using Mentorship.WebHost.Storage;

namespace Mentorship.WebHost.Api;

/// <summary>
/// A change sent without <c>If-Match</c> says "on whatever is current". Within one instance such changes of one
/// organisation's year wait for each other (an in-process queue per year: a lost race would only cost a retry);
/// when a save still loses to another writer (another instance), the host runs the change again on the fresh rows
/// (the core checks every rule again), up to <see cref="Attempts"/> times with a growing random pause. Concurrent
/// changes of different people in one bank thus all succeed. A change with <c>If-Match</c> is neither queued nor
/// retried: a stale version stays a 409.
/// </summary>
internal sealed class RetryWithoutIfMatch : IEndpointFilter
{
    public const int Attempts = 20;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || http.Request.Headers.IfMatch.Count > 0)
        {
            return await next(context);
        }

        var queue = Queues.GetOrAdd($"{http.GetRouteValue("organizationId")}/{http.GetRouteValue("year")}", _ => new SemaphoreSlim(1, 1));
        await queue.WaitAsync(http.RequestAborted);
        try
        {
            var store = http.RequestServices.GetRequiredService<AggregateStore>();
            for (var attempt = 1; ; attempt++)
            {
                var result = await next(context);
                if (!store.SaveConflicted || attempt == Attempts)
                {
                    return result;
                }

                store.Reset();
                await Task.Delay(Random.Shared.Next(1, 25 * Math.Min(attempt, 8)), http.RequestAborted);
            }
        }
        finally
        {
            queue.Release();
        }
    }
}
