namespace Bleiberecht.Workflow.Backend;

/// <summary>The storage a task hub lives in.</summary>
internal sealed record WorkflowBackend(IInstanceTable Instances, IMessageQueue Control, IMessageQueue Work, IMessageQueue Poison, IPayloadBlobs Payloads)
{
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        await Instances.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Control.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Work.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Poison.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Payloads.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
    }
}
