using System.Text.Json;
using Bleiberecht.Functions.Probes;
using Bleiberecht.Storage.Queues;

namespace Bleiberecht.Functions.Tests.App;

/// <summary>Reads the probe functions' records from the <c>probe-records</c> queue (draining it into memory).</summary>
internal sealed class ProbeRecords(QueueServiceClient queues)
{
    private readonly List<ProbeRecord> seen = [];

    public async Task<ProbeRecord> WaitForAsync(Func<ProbeRecord, bool> match, TimeSpan timeout, Func<string>? diagnostics = null)
    {
        var queue = queues.GetQueueClient(ProbeRecorder.QueueName);
        await queue.CreateIfNotExistsAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (seen.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching probe record within {timeout.TotalSeconds} s; seen: {JsonSerializer.Serialize(seen)}{Environment.NewLine}{diagnostics?.Invoke()}");
            }

            var messages = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value;
            foreach (var message in messages)
            {
                seen.Add(JsonSerializer.Deserialize<ProbeRecord>(message.MessageText)!);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }

            if (messages.Length == 0)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Waits until <paramref name="queueName"/> holds a message matching <paramref name="match"/> and returns its text.</summary>
    public static async Task<string> WaitForMessageAsync(QueueClient queue, Func<string, bool> match, TimeSpan timeout, Func<string>? diagnostics = null)
    {
        await queue.CreateIfNotExistsAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var peeked = (await queue.PeekMessagesAsync(32)).Value;
            if (peeked.Select(p => p.MessageText).FirstOrDefault(match) is { } text)
            {
                return text;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching message in {queue.Name} within {timeout.TotalSeconds} s.{Environment.NewLine}{diagnostics?.Invoke()}");
    }
}
