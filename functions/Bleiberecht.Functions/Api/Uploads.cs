using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Api;

/// <summary>Reads the multipart field <c>files</c> of a submission (the intake checks content and size).</summary>
internal static class Uploads
{
    public const string FieldName = "files";

    public static async Task<(IReadOnlyList<SubmissionFile> Files, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return ([], ApiProblems.Create(
                StatusCodes.Status415UnsupportedMediaType, "multipart-expected", FieldName,
                "Bitte die PDF-Dateien als multipart/form-data im Feld „files“ senden.",
                "Send the PDF files as multipart/form-data in the field 'files'."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            return ([], ApiProblems.Invalid(FieldName, "Die Formulardaten sind fehlerhaft oder zu groß.", "The form data is malformed or too large."));
        }

        var files = new List<SubmissionFile>();
        foreach (var file in form.Files.GetFiles(FieldName))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(new SubmissionFile(file.FileName, buffer.ToArray()));
        }

        return files.Count == 0
            ? ([], ApiProblems.Invalid(FieldName, "Es wurde keine Datei im Feld „files“ gesendet.", "No file was sent in the field 'files'."))
            : (files, null);
    }
}
