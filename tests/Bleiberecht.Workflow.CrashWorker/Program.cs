using Bleiberecht.Storage;
using Bleiberecht.Workflow;
using Bleiberecht.Workflow.CrashWorker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Usage: Bleiberecht.Workflow.CrashWorker <connection string> <task hub>
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: Bleiberecht.Workflow.CrashWorker <connection string> <task hub>");
    return 2;
}

var services = new ServiceCollection();
services.AddSingleton(StorageAccount.FromConnectionString(args[0]));
services.AddBleiberechtWorkflow(o =>
{
    o.TaskHubName = args[1];
    o.MessageVisibilityTimeout = TimeSpan.FromSeconds(3);
    o.MinPollingInterval = TimeSpan.FromMilliseconds(20);
    o.MaxPollingInterval = TimeSpan.FromMilliseconds(250);
    o.MaxDequeueCount = 100;
    CrashWorkload.Register(o);
});
await using var provider = services.BuildServiceProvider();
foreach (var service in provider.GetServices<IHostedService>())
{
    await service.StartAsync(CancellationToken.None);
}

Console.WriteLine("ready");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C: stop cleanly (the crash tests use SIGKILL instead)
}

return 0;
