using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Forms;

/// <summary>A file as posted: the input it came from and the file (name unsanitised, as the intake expects).</summary>
internal sealed record UploadedFile(string FieldId, SubmissionFile File);
