using Bleiberecht.Functions.Hosting;
using Bleiberecht.Storage.Blobs;
using Bleiberecht.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Functions.Standalone;

/// <summary>
/// Standalone mode's stand-in for the Functions host: one queue listener, blob watcher or timer loop per catalog entry
/// (except entries with <see cref="FunctionDefinition.StandaloneTrigger"/> false).
/// </summary>
internal sealed class StandaloneTriggers(
    FunctionCatalog catalog,
    FunctionHostOptions options,
    FunctionInvoker invoker,
    IServiceProvider services,
    TimeProvider time,
    ILogger<StandaloneTriggers> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = new List<Task>();
        foreach (var function in catalog.Functions.Where(f => f.StandaloneTrigger))
        {
            switch (function.Kind)
            {
                case TriggerKind.Queue:
                    var listener = new QueueListener(
                        function,
                        services.GetRequiredService<QueueServiceClient>(),
                        (invocation, ct) => invoker.InvokeAsync(function, invocation, ct),
                        options.Queues,
                        time,
                        logger);
                    loops.Add(listener.RunAsync(stoppingToken));
                    break;
                case TriggerKind.Blob:
                    var watcher = new BlobWatcher(
                        function,
                        services.GetRequiredService<BlobServiceClient>(),
                        services.GetRequiredService<QueueServiceClient>(),
                        (invocation, ct) => invoker.InvokeAsync(function, invocation, ct),
                        options,
                        time,
                        logger);
                    loops.Add(watcher.RunAsync(stoppingToken));
                    break;
                case TriggerKind.Timer:
                    var expression = options.Schedules.GetValueOrDefault(function.Name) ?? function.Schedule!;
                    var timer = new TimerLoop(function, CronSchedule.Parse(expression), (invocation, ct) => invoker.InvokeAsync(function, invocation, ct), time, logger);
                    loops.Add(timer.RunAsync(stoppingToken));
                    break;
            }
        }

        return Task.WhenAll(loops);
    }
}
