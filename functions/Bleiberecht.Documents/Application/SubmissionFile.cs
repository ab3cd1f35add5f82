namespace Bleiberecht.Documents.Application;

/// <summary>One uploaded file of a submission: its name (for messages) and its bytes.</summary>
public sealed record SubmissionFile(string Name, byte[] Content);
