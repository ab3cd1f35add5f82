namespace Bleiberecht.Workflow.Backend.InMemory;

/// <summary>An in-process queue with visibility timeouts and dequeue counts, on a <see cref="TimeProvider"/>.</summary>
internal sealed class InMemoryMessageQueue(string name, TimeProvider time) : IMessageQueue
{
    private readonly Lock gate = new();
    private readonly List<Entry> entries = [];
    private long sequence;

    public string Name { get; } = name;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<ReceivedMessage> SendAsync(string text, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var entry = new Entry((++sequence).ToString(System.Globalization.CultureInfo.InvariantCulture), text)
            {
                VisibleAt = time.GetUtcNow() + (visibilityDelay ?? TimeSpan.Zero),
                PopReceipt = Guid.NewGuid().ToString("N"),
            };
            entries.Add(entry);
            return Task.FromResult(new ReceivedMessage(entry.Id, entry.PopReceipt, text, 0));
        }
    }

    public Task<IReadOnlyList<ReceivedMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var result = new List<ReceivedMessage>();
        lock (gate)
        {
            foreach (var entry in entries.Where(e => e.VisibleAt <= now).OrderBy(e => e.VisibleAt).Take(maxMessages))
            {
                entry.VisibleAt = now + visibilityTimeout;
                entry.DequeueCount++;
                entry.PopReceipt = Guid.NewGuid().ToString("N");
                result.Add(new ReceivedMessage(entry.Id, entry.PopReceipt, entry.Text, entry.DequeueCount));
            }
        }

        return Task.FromResult<IReadOnlyList<ReceivedMessage>>(result);
    }

    public Task DeleteAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var index = entries.FindIndex(e => e.Id == messageId && e.PopReceipt == popReceipt);
            if (index < 0)
            {
                throw new InvalidOperationException($"Message {messageId} is not held with that pop receipt.");
            }

            entries.RemoveAt(index);
        }

        return Task.CompletedTask;
    }

    public Task<string> UpdateVisibilityAsync(string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var entry = entries.Find(e => e.Id == messageId && e.PopReceipt == popReceipt)
                ?? throw new InvalidOperationException($"Message {messageId} is not held with that pop receipt.");
            entry.VisibleAt = time.GetUtcNow() + visibilityTimeout;
            entry.PopReceipt = Guid.NewGuid().ToString("N");
            return Task.FromResult(entry.PopReceipt);
        }
    }

    public IReadOnlyList<string> Peek()
    {
        lock (gate)
        {
            return entries.Select(e => e.Text).ToArray();
        }
    }

    private sealed class Entry(string id, string text)
    {
        public string Id { get; } = id;

        public string Text { get; } = text;

        public DateTimeOffset VisibleAt { get; set; }

        public long DequeueCount { get; set; }

        public string PopReceipt { get; set; } = "";
    }
}
