namespace Bleiberecht.Functions.Forms;

/// <summary>A problem shown on a form page: in the error summary and, when it concerns a field, next to that field.</summary>
/// <param name="FieldId">The id of the input it belongs to, or null for the submission as a whole.</param>
/// <param name="Message">The German text (plain text; encoded when rendered).</param>
internal sealed record FormError(string? FieldId, string Message);
