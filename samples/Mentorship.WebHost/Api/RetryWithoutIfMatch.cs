using Mentorship.WebHost.Storage;

namespace Mentorship.WebHost.Api;

/// <summary>
/// A change sent without <c>If-Match</c> says "on whatever is current": when its save loses to another writer, the
/// host runs it again on the fresh rows (the core checks every rule again), up to <see cref="Attempts"/> times with a
/// short random pause, so that concurrent changes of different people in one bank all succeed. A change with
/// <c>If-Match</c> is never retried: a stale version stays a 409.
/// </summary>
internal sealed class RetryWithoutIfMatch : IEndpointFilter
{
    public const int Attempts = 20;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || http.Request.Headers.IfMatch.Count > 0)
        {
            return await next(context);
        }

        var store = http.RequestServices.GetRequiredService<AggregateStore>();
        for (var attempt = 1; ; attempt++)
        {
            var result = await next(context);
            if (!store.SaveConflicted || attempt == Attempts)
            {
                return result;
            }

            store.Reset();
            await Task.Delay(Random.Shared.Next(1, 10 * Math.Min(attempt, 5)), http.RequestAborted);
        }
    }
}
