using System.Collections.Concurrent;
using Bleiberecht.Cases.Contracts;

namespace Bleiberecht.Cases.Tests.Lifecycle;

/// <summary>Stand-in for the session side (task B's): records the calls and answers <see cref="NextSession"/>.</summary>
internal sealed class RecordingSessionAgenda : ISessionAgenda
{
    public ConcurrentQueue<(string CaseNumber, bool Urgent)> Enqueued { get; } = new();

    public ConcurrentQueue<string> Removed { get; } = new();

    /// <summary>What <see cref="EnqueueAsync"/> answers (null: waiting list).</summary>
    public string? NextSession { get; set; }

    public Task<string?> EnqueueAsync(string committeeId, string caseNumber, bool urgent, CancellationToken cancellationToken = default)
    {
        Enqueued.Enqueue((caseNumber, urgent));
        return Task.FromResult(NextSession);
    }

    public Task RemoveAsync(string committeeId, string caseNumber, CancellationToken cancellationToken = default)
    {
        Removed.Enqueue(caseNumber);
        return Task.CompletedTask;
    }
}
