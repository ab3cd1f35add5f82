using System.Text.Json;

namespace Bleiberecht.Workflow;

/// <summary>What a client sees of an instance (after <c>Microsoft.DurableTask.Client.OrchestrationMetadata</c>).</summary>
public sealed record OrchestrationMetadata(string Name, string InstanceId)
{
    /// <summary>The status.</summary>
    public OrchestrationRuntimeStatus RuntimeStatus { get; init; }

    /// <summary>When the instance was scheduled.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its state last changed.</summary>
    public DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>The input as JSON (only when requested).</summary>
    public string? SerializedInput { get; init; }

    /// <summary>The output as JSON (only when requested); for a terminated instance, the reason.</summary>
    public string? SerializedOutput { get; init; }

    /// <summary>The custom status as JSON.</summary>
    public string? SerializedCustomStatus { get; init; }

    /// <summary>Why it failed (also: non-determinism, history too large, poison message).</summary>
    public TaskFailureDetails? FailureDetails { get; init; }

    /// <summary>True while running, pending or suspended.</summary>
    public bool IsRunning => RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended;

    /// <summary>True once completed, failed or terminated.</summary>
    public bool IsCompleted => !IsRunning;

    /// <summary>The input deserialized.</summary>
    public T? ReadInputAs<T>() => Read<T>(SerializedInput);

    /// <summary>The output deserialized.</summary>
    public T? ReadOutputAs<T>() => Read<T>(SerializedOutput);

    /// <summary>The custom status deserialized.</summary>
    public T? ReadCustomStatusAs<T>() => Read<T>(SerializedCustomStatus);

    private static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, DataConverter.Default.Options);
}
