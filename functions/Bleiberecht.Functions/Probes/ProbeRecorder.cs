using System.Text.Json;
using Bleiberecht.Functions.Hosting;
using Bleiberecht.Storage.Queues;

namespace Bleiberecht.Functions.Probes;

/// <summary>Writes <see cref="ProbeRecord"/>s to the <c>probe-records</c> queue (kept one day).</summary>
internal sealed class ProbeRecorder(QueueServiceClient queues, RunningMode running, TimeProvider time)
{
    public const string QueueName = "probe-records";

    public async Task RecordAsync(string function, string id, string? text = null, long? dequeueCount = null, bool? isPastDue = null, CancellationToken cancellationToken = default)
    {
        var queue = queues.GetQueueClient(QueueName);
        await queue.CreateIfNotExistsAsync(cancellationToken);
        var record = new ProbeRecord(function, running.Mode.ToString(), id, text, dequeueCount, isPastDue, time.GetUtcNow());
        await queue.SendMessageAsync(JsonSerializer.Serialize(record), timeToLive: TimeSpan.FromDays(1), cancellationToken: cancellationToken);
    }
}
