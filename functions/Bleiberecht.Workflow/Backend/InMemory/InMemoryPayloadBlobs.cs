using System.Collections.Concurrent;

namespace Bleiberecht.Workflow.Backend.InMemory;

/// <summary>In-process payload blobs.</summary>
internal sealed class InMemoryPayloadBlobs : IPayloadBlobs
{
    private readonly ConcurrentDictionary<string, BinaryData> blobs = new(StringComparer.Ordinal);

    public int Count => blobs.Count;

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task UploadAsync(string name, BinaryData content, CancellationToken cancellationToken = default)
    {
        blobs[name] = content;
        return Task.CompletedTask;
    }

    public Task<BinaryData> DownloadAsync(string name, CancellationToken cancellationToken = default) =>
        blobs.TryGetValue(name, out var content) ? Task.FromResult(content) : throw new InvalidOperationException($"Payload blob '{name}' does not exist.");

    public Task DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        foreach (var key in blobs.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            blobs.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
