namespace Bleiberecht.Workflow.Backend.InMemory;

/// <summary>A whole task hub in memory.</summary>
internal static class InMemoryWorkflowBackend
{
    public static WorkflowBackend Create(TimeProvider time) => new(
        new InMemoryInstanceTable(),
        new InMemoryMessageQueue("control", time),
        new InMemoryMessageQueue("work", time),
        new InMemoryMessageQueue("poison", time),
        new InMemoryPayloadBlobs());
}
