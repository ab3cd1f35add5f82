namespace Bleiberecht.Functions.Standalone;

/// <summary>A message in <c>webjobs-blobtrigger-poison</c>, in the shape the Functions host writes.</summary>
internal sealed record BlobPoisonEntry(string FunctionId, string BlobType, string ContainerName, string BlobName, string ETag);
