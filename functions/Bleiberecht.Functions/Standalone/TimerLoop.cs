using Bleiberecht.Functions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Standalone;

/// <summary>
/// Standalone timer trigger: waits (on the injected <see cref="TimeProvider"/>) for each occurrence of the schedule and
/// invokes the function; occurrences missed while a run was still busy are skipped, and a tick that starts more than
/// <see cref="PastDueAfter"/> late is marked past due, as the Functions host does.
/// </summary>
internal sealed class TimerLoop(
    FunctionDefinition function,
    CronSchedule schedule,
    Func<TimerInvocation, CancellationToken, Task> invoke,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>How late a tick may start before it counts as past due.</summary>
    public static readonly TimeSpan PastDueAfter = TimeSpan.FromSeconds(10);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var next = schedule.NextAfter(time.GetUtcNow());
        HostLog.TimerScheduled(logger, function.Name, schedule.Expression, next);
        try
        {
            while (next is { } due && !cancellationToken.IsCancellationRequested)
            {
                var wait = due - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }

                var started = time.GetUtcNow();
                var following = schedule.NextAfter(started);
                try
                {
                    await invoke(new TimerInvocation(function.Name, due, started - due > PastDueAfter, following), cancellationToken);
                }
#pragma warning disable CA1031 // A failed tick is logged by the invoker; the clock keeps ticking.
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
                {
                }

                next = schedule.NextAfter(time.GetUtcNow() > due ? time.GetUtcNow() : due);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
