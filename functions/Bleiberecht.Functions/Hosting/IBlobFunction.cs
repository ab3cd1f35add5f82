namespace Bleiberecht.Functions.Hosting;

/// <summary>A function started once for each new blob in its container. It reads the content itself if it needs it.</summary>
internal interface IBlobFunction
{
    Task HandleAsync(BlobInvocation invocation, CancellationToken cancellationToken = default);
}
