namespace Bleiberecht.Functions.Hosting;

/// <summary>A new blob seen in a watched container.</summary>
/// <param name="FunctionName">The function being invoked.</param>
/// <param name="ContainerName">The container.</param>
/// <param name="BlobName">The blob name inside the container (may hold personal data: never log it).</param>
/// <param name="ETag">The blob's ETag when it was seen, if known.</param>
/// <param name="Length">The content length, if known.</param>
internal sealed record BlobInvocation(
    string FunctionName,
    string ContainerName,
    string BlobName,
    string? ETag,
    long? Length);
