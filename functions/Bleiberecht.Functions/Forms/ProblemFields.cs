using Bleiberecht.Cases.Storage;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// Ties the intake's problems to the file inputs: a problem about a file (its message names the file) goes to the input
/// the file came from; a problem about a consent field goes to the consent input when a separate consent was uploaded;
/// every other field problem goes to the application input, and so do problems about the files together (none, too
/// many, too large); problems about the whole submission (e.g. an unregistered sender) stay in the summary only.
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

        // The intake quotes a file by its safe name (BlobDocumentStore.SafeFileName), the reader by the name it got:
        // try both; the longest match wins ("a.pdf" is also inside "ka.pdf").
        var named = files
            .SelectMany(f => new[] { f.File.Name, BlobDocumentStore.SafeFileName(f.File.Name) }.Select(name => (File: f, Name: name)))
            .Where(c => c.Name.Length > 0 && problem.MessageDe.Contains("„" + c.Name + "“", StringComparison.Ordinal))
            .OrderByDescending(c => c.Name.Length)
            .Select(c => c.File)
            .FirstOrDefault();
        if (named is not null)
        {
            return named.FieldId;
        }

        return problem.Code is "no-files" or "too-many-files" or "submission-too-large" ? mainFieldId : null;
    }

    private static bool IsConsentField(string field) => ConsentFieldNames.Contains(field);
}
