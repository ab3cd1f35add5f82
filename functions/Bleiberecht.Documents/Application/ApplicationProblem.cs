namespace Bleiberecht.Documents.Application;

/// <summary>
/// Something missing or wrong in a submission, for the counsellor: a stable code, the field it concerns
/// (a stable field name, or null for the whole submission) and the text in German and English.
/// Warnings do not make a submission incomplete.
/// </summary>
public sealed record ApplicationProblem(string Code, string? Field, string MessageDe, string MessageEn, bool IsWarning = false);
