using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Hosting;

/// <summary>
/// Runs a catalog function's handler in its own DI scope, logs the outcome and lets failures propagate (the trigger
/// decides about retries). Both modes invoke through here, so a function behaves the same locally and in Azure.
/// </summary>
internal sealed class FunctionInvoker(IServiceScopeFactory scopes, ILogger<FunctionInvoker> logger)
{
    public Task InvokeAsync(FunctionDefinition function, QueueInvocation invocation, CancellationToken cancellationToken = default) =>
        RunAsync(function, invocation.MessageId, services => Resolve<IQueueFunction>(services, function).HandleAsync(invocation, cancellationToken));

    public Task InvokeAsync(FunctionDefinition function, BlobInvocation invocation, CancellationToken cancellationToken = default) =>
        RunAsync(function, invocation.ETag ?? "-", services => Resolve<IBlobFunction>(services, function).HandleAsync(invocation, cancellationToken));

    public Task InvokeAsync(FunctionDefinition function, TimerInvocation invocation, CancellationToken cancellationToken = default) =>
        RunAsync(function, invocation.ScheduledFor.ToString("o", System.Globalization.CultureInfo.InvariantCulture), services => Resolve<ITimerFunction>(services, function).HandleAsync(invocation, cancellationToken));

    private static T Resolve<T>(IServiceProvider services, FunctionDefinition function) =>
        (T)services.GetRequiredService(function.Handler ?? throw new InvalidOperationException($"Function {function.Name} has no handler."));

    private async Task RunAsync(FunctionDefinition function, string invocationId, Func<IServiceProvider, Task> call)
    {
        var started = Stopwatch.GetTimestamp();
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            try
            {
                await call(scope.ServiceProvider).ConfigureAwait(false);
                HostLog.FunctionSucceeded(logger, function.Name, invocationId, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception e)
            {
                HostLog.FunctionFailed(logger, function.Name, invocationId, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, e);
                throw;
            }
        }
    }
}
