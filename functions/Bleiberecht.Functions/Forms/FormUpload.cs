using Bleiberecht.Documents.Application;
using Microsoft.AspNetCore.Http.Features;

namespace Bleiberecht.Functions.Forms;

/// <summary>
/// Reads a multipart form post within <see cref="FormLimits.MaxRequestBytes"/>: a declared Content-Length above the
/// limit is refused without reading; an undeclared (chunked) body is cut off by the server's body size limit.
/// </summary>
internal static class FormUpload
{
    /// <summary>The form, or null when the post is too large.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.ContentLength > FormLimits.MaxRequestBytes)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = FormLimits.MaxRequestBytes;
        }

        if (!request.HasFormContentType)
        {
            return FormCollection.Empty;
        }

        try
        {
            return await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            // The multipart reader's own limits (section and body length) — also a post too large to take.
            return null;
        }
    }

    /// <summary>The files chosen in <paramref name="fieldIds"/> (inputs left empty are skipped), with their contents.</summary>
    public static async Task<IReadOnlyList<UploadedFile>> FilesAsync(IFormCollection form, IEnumerable<string> fieldIds, CancellationToken cancellationToken)
    {
        var files = new List<UploadedFile>();
        foreach (var fieldId in fieldIds)
        {
            foreach (var file in form.Files.GetFiles(fieldId))
            {
                if (file.Length == 0 && string.IsNullOrEmpty(file.FileName))
                {
                    continue;
                }

                using var content = new MemoryStream((int)Math.Min(file.Length, FormLimits.MaxRequestBytes));
                await file.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
                files.Add(new UploadedFile(fieldId, new SubmissionFile(file.FileName, content.ToArray())));
            }
        }

        return files;
    }
}
