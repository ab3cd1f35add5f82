using System.Security.Cryptography;
using System.Text;
using Bleiberecht.Workflow.History;
using Microsoft.Extensions.Logging;

namespace Bleiberecht.Workflow.Replay;

/// <summary>The orchestration context while history is replayed: records steps, completes them from history.</summary>
internal sealed class ReplayOrchestrationContext : TaskOrchestrationContext
{
    /// <summary>Upper bound of a serialized custom status.</summary>
    public const int MaxCustomStatusBytes = 16 * 1024;

    private static readonly byte[] GuidNamespace = Guid.Parse("9e952958-5e33-4daf-827f-2fa12937b875").ToByteArray();

    private readonly DataConverter converter;
    private readonly ILoggerFactory loggerFactory;
    private readonly Dictionary<int, Action<HistoryEvent>> openSteps = [];
    private readonly SortedDictionary<int, OrchestratorAction> unmatched = [];
    private readonly List<EventRaisedEvent> bufferedEvents = [];
    private readonly Dictionary<string, LinkedList<TaskCompletionSource<string?>>> waiters = new(StringComparer.OrdinalIgnoreCase);
    private int nextTaskId;
    private int guidCounter;

    public ReplayOrchestrationContext(string name, string instanceId, DataConverter converter, ILoggerFactory loggerFactory)
    {
        Name = name;
        InstanceId = instanceId;
        this.converter = converter;
        this.loggerFactory = loggerFactory;
    }

    public override string Name { get; }

    public override string InstanceId { get; }

    public override bool IsReplaying => Replaying;

    public bool Replaying { get; set; }

    public override DateTime CurrentUtcDateTime => Now.UtcDateTime;

    public DateTimeOffset Now { get; set; }

    public string? RawInput { get; set; }

    public string? CustomStatus { get; private set; }

    public bool CustomStatusSet { get; private set; }

    public ContinueAsNewRequest? ContinueAsNewRequested { get; private set; }

    private bool preserveEvents;

    public bool PreservesUnprocessedEvents => preserveEvents;

    public IReadOnlyCollection<OrchestratorAction> UnmatchedActions => unmatched.Values;

    public override Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var serialized = converter.Serialize(input);
        return WithRetry(options?.Retry, () => Schedule<TResult>(id => new ScheduleTaskAction(id, name, serialized), name));
    }

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName);
        var serialized = converter.Serialize(input);
        var explicitId = (options as SubOrchestrationOptions)?.InstanceId;
        return WithRetry(options?.Retry, () => Schedule<TResult>(
            id => new CreateSubOrchestrationAction(id, orchestratorName, explicitId ?? $"{InstanceId}:{id:D4}", serialized),
            orchestratorName));
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        var source = new TaskCompletionSource();
        var fireAtUtc = new DateTimeOffset(DateTime.SpecifyKind(fireAt.Kind == DateTimeKind.Local ? fireAt.ToUniversalTime() : fireAt, DateTimeKind.Utc));
        var id = nextTaskId++;
        unmatched.Add(id, new CreateTimerAction(id, fireAtUtc));
        openSteps.Add(id, _ => source.TrySetResult());
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() => source.TrySetCanceled(cancellationToken));
        }

        return source.Task;
    }

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        cancellationToken.ThrowIfCancellationRequested();
        var index = bufferedEvents.FindIndex(e => string.Equals(e.Name, eventName, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            var raised = bufferedEvents[index];
            bufferedEvents.RemoveAt(index);
            return Task.FromResult(converter.Deserialize<T>(raised.Input)!);
        }

        var source = new TaskCompletionSource<string?>();
        if (!waiters.TryGetValue(eventName, out var list))
        {
            waiters[eventName] = list = new LinkedList<TaskCompletionSource<string?>>();
        }

        var node = list.AddLast(source);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (node.List is not null)
                {
                    list.Remove(node);
                }

                source.TrySetCanceled(cancellationToken);
            });
        }

        return Convert<T>(source.Task);
    }

    public override void SetCustomStatus(object? customStatus)
    {
        var serialized = converter.Serialize(customStatus);
        if (serialized is not null && Encoding.UTF8.GetByteCount(serialized) > MaxCustomStatusBytes)
        {
            throw new ArgumentException($"The custom status is larger than {MaxCustomStatusBytes / 1024} KB once serialized.", nameof(customStatus));
        }

        CustomStatus = serialized;
        CustomStatusSet = true;
    }

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
    {
        ContinueAsNewRequested = new ContinueAsNewRequest(converter.Serialize(newInput), []);
        preserveEvents = preserveUnprocessedEvents;
    }

    public override Guid NewGuid()
    {
        var name = Encoding.UTF8.GetBytes($"{InstanceId}_{Now.UtcDateTime:O}_{guidCounter++}");
        Span<byte> hash = stackalloc byte[20];
        var input = new byte[GuidNamespace.Length + name.Length];
        GuidNamespace.CopyTo(input, 0);
        name.CopyTo(input, GuidNamespace.Length);
        SHA1.HashData(input, hash); // name-based UUID (RFC 4122 version 5), as Durable Task does; not a security use
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    public override T? GetInput<T>()
        where T : default => converter.Deserialize<T>(RawInput);

    public override ILogger CreateReplaySafeLogger(string categoryName) =>
        new ReplaySafeLogger(loggerFactory.CreateLogger(categoryName), () => Replaying);

    /// <summary>Takes the step recorded in history; throws when the code now does something else.</summary>
    public void Match(HistoryEvent recorded, int taskId)
    {
        if (!unmatched.TryGetValue(taskId, out var action))
        {
            throw new NonDeterminismException(
                $"Non-deterministic orchestrator '{Name}' (instance '{InstanceId}'): step #{taskId} is {OrchestratorAction.Describe(recorded)} in history, " +
                "but the code no longer schedules it at that point.");
        }

        if (!action.Matches(recorded))
        {
            throw new NonDeterminismException(
                $"Non-deterministic orchestrator '{Name}' (instance '{InstanceId}'): step #{taskId} is {OrchestratorAction.Describe(recorded)} in history, " +
                $"but the code now does {action.Describe()}.");
        }

        unmatched.Remove(taskId);
    }

    /// <summary>Throws when the code scheduled a step in an earlier (replayed) step that history does not record.</summary>
    public void EnsureAllMatched()
    {
        if (unmatched.Count > 0)
        {
            var action = unmatched.Values.First();
            throw new NonDeterminismException(
                $"Non-deterministic orchestrator '{Name}' (instance '{InstanceId}'): step #{action.TaskId} {action.Describe()} is not in history; " +
                "the code schedules a step it did not schedule when it first ran.");
        }
    }

    public void Complete(int taskId, HistoryEvent result)
    {
        if (openSteps.Remove(taskId, out var complete))
        {
            complete(result);
        }
    }

    public void Raise(EventRaisedEvent raised)
    {
        if (waiters.TryGetValue(raised.Name, out var list) && list.First is { } first)
        {
            list.RemoveFirst();
            first.Value.TrySetResult(raised.Input);
        }
        else
        {
            bufferedEvents.Add(raised);
        }
    }

    public ContinueAsNewRequest? TakeContinueAsNew() =>
        ContinueAsNewRequested is { } request
            ? request with { CarriedEvents = preserveEvents ? bufferedEvents.ToArray() : [] }
            : null;

    private async Task<T> WithRetry<T>(RetryPolicy? policy, Func<Task<T>> attempt)
    {
        if (policy is null)
        {
            return await attempt();
        }

        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (TaskFailedException failed) when (number < policy.MaxNumberOfAttempts && policy.HandleFailure(failed.FailureDetails))
            {
                await CreateTimer(CurrentUtcDateTime.Add(policy.GetDelay(number + 1)), CancellationToken.None);
            }
        }
    }

    private async Task<T> Schedule<T>(Func<int, OrchestratorAction> create, string name)
    {
        var id = nextTaskId++;
        unmatched.Add(id, create(id));
        var source = new TaskCompletionSource<string?>();
        openSteps.Add(id, result =>
        {
            switch (result)
            {
                case TaskCompletedEvent e:
                    source.TrySetResult(e.Result);
                    break;
                case SubOrchestrationCompletedEvent e:
                    source.TrySetResult(e.Result);
                    break;
                case TaskFailedEvent e:
                    source.TrySetException(new TaskFailedException(name, id, e.Failure));
                    break;
                case SubOrchestrationFailedEvent e:
                    source.TrySetException(new TaskFailedException(name, id, e.Failure));
                    break;
            }
        });
        var raw = await source.Task;
        return converter.Deserialize<T>(raw)!;
    }

    private async Task<T> Convert<T>(Task<string?> raw) => converter.Deserialize<T>(await raw)!;
}
