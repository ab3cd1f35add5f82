using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// Ties the intake's problems to the file inputs: a problem about a file (its message names the file) goes to the input
/// the file came from; a problem about a consent field goes to the consent input when a separate consent was uploaded;
/// every other field problem goes to the application input; problems about the whole submission (unknown sender)
/// stay in the summary only.
/// </summary>
internal static class ProblemFields
{
    private static readonly HashSet<string> ConsentFieldNames = KurzantragForm.Fields.Where(f => f.Section == FormSection.Consent).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<FormError> Map(IReadOnlyList<ApplicationProblem> problems, IReadOnlyList<UploadedFile> files, string mainFieldId)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(files);
        return problems.Select(p => new FormError(FieldOf(p, files, mainFieldId), p.MessageDe)).ToList();
    }

    private static string? FieldOf(ApplicationProblem problem, IReadOnlyList<UploadedFile> files, string mainFieldId)
    {
        if (problem.Field is { } field)
        {
            var consentInput = files.FirstOrDefault(f => f.FieldId == UploadFields.Consent);
            return IsConsentField(field) && consentInput is not null ? consentInput.FieldId : mainFieldId;
        }

        // The longest matching name wins ("a.pdf" is also inside "ka.pdf"); the messages quote names as „name“.
        var named = files
            .Where(f => f.File.Name.Length > 0 && problem.MessageDe.Contains("„" + f.File.Name + "“", StringComparison.Ordinal))
            .OrderByDescending(f => f.File.Name.Length)
            .FirstOrDefault()
            ?? files.Where(f => f.File.Name.Length > 0 && problem.MessageDe.Contains(f.File.Name, StringComparison.Ordinal))
                .OrderByDescending(f => f.File.Name.Length)
                .FirstOrDefault();
        if (named is not null)
        {
            return named.FieldId;
        }

        return problem.Code is "no-files" or "too-many-files" or "too-large" or "file-too-large" ? mainFieldId : null;
    }

    private static bool IsConsentField(string field) => ConsentFieldNames.Contains(field);
}
