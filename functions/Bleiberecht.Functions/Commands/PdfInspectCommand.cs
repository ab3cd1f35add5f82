using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bleiberecht.Pdf;
using Bleiberecht.Pdf.Forms;
using Bleiberecht.Pdf.Signatures;

namespace Bleiberecht.Functions.Commands;

/// <summary>
/// <c>pdf inspect FILE</c>: prints what the hardened reader finds in a PDF as JSON (info, pages, form fields,
/// signatures with their verdicts, text per page). Exit code 1 with the typed reason when the file cannot be read.
/// </summary>
internal sealed class PdfInspectCommand : ICliCommand
{
    public IReadOnlyList<string> Verb { get; } = ["pdf", "inspect"];

    public string Usage => "pdf inspect FILE [--no-text] [--trusted-root CERT]...   print what the PDF reader finds, as JSON";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        string? path = null;
        var withText = true;
        var roots = new X509Certificate2Collection();
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--no-text":
                    withText = false;
                    break;
                case "--trusted-root" when i + 1 < arguments.Count:
                    roots.Add(X509CertificateLoader.LoadCertificateFromFile(arguments[++i]));
                    break;
                default:
                    if (path is not null || arguments[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        await error.WriteLineAsync($"Usage: {Usage}").ConfigureAwait(false);
                        return 2;
                    }

                    path = arguments[i];
                    break;
            }
        }

        if (path is null)
        {
            await error.WriteLineAsync($"Usage: {Usage}").ConfigureAwait(false);
            return 2;
        }

        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"pdf inspect: no such file: {path}").ConfigureAwait(false);
            return 3;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var exitCode = 0;
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            try
            {
                using var document = PdfDocument.Open(bytes);
                Write(json, document, bytes.LongLength, withText, new SignatureValidationOptions { TrustedRoots = roots });
            }
            catch (PdfReadException ex)
            {
                json.Reset();
                buffer.SetLength(0);
                json.WriteStartObject();
                json.WriteStartObject("error");
                json.WriteString("reason", ex.Reason.ToString());
                json.WriteString("message", ex.Message);
                json.WriteEndObject();
                json.WriteEndObject();
                await error.WriteLineAsync($"pdf inspect: {ex.Reason}: {ex.Message}").ConfigureAwait(false);
                exitCode = 1;
            }
        }

        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
        return exitCode;
    }

    private static void Write(Utf8JsonWriter json, PdfDocument document, long length, bool withText, SignatureValidationOptions signatureOptions)
    {
        var info = document.Information;
        json.WriteStartObject();
        json.WriteNumber("bytes", length);
        json.WriteString("version", info.Version);
        json.WriteBoolean("encrypted", info.IsEncrypted);
        json.WriteNumber("revisions", info.Revisions);
        json.WriteBoolean("repaired", info.WasRepaired);
        json.WriteStartObject("info");
        json.WriteString("title", info.Title);
        json.WriteString("author", info.Author);
        json.WriteString("subject", info.Subject);
        json.WriteString("keywords", info.Keywords);
        json.WriteString("creator", info.Creator);
        json.WriteString("producer", info.Producer);
        json.WriteString("creationDate", info.CreationDate);
        json.WriteString("modifiedDate", info.ModifiedDate);
        json.WriteEndObject();
        json.WriteNumber("numberOfPages", document.NumberOfPages);

        // Read everything before writing the arrays, so that a typed error leaves no half-written section behind.
        var pages = document.GetPages().ToList();
        var form = document.TryGetForm(out var f) ? f : null;
        var signatures = document.GetSignatures(signatureOptions);

        json.WriteStartArray("pages");
        foreach (var page in pages)
        {
            json.WriteStartObject();
            json.WriteNumber("number", page.Number);
            json.WriteNumber("width", Math.Round(page.Width, 2));
            json.WriteNumber("height", Math.Round(page.Height, 2));
            json.WriteNumber("rotation", page.Rotation);
            json.WriteBoolean("imageOnly", page.IsImageOnly);
            json.WriteNumber("images", page.ImageCount);
            json.WriteNumber("words", page.GetWords().Count);
            if (withText)
            {
                json.WriteString("text", page.Text);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (form is null)
        {
            json.WriteNull("form");
        }
        else
        {
            json.WriteStartObject("form");
            json.WriteBoolean("needAppearances", form.NeedAppearances);
            json.WriteStartArray("fields");
            foreach (var field in form.Fields)
            {
                WriteField(json, field);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteStartArray("signatures");
        foreach (var signature in signatures)
        {
            json.WriteStartObject();
            json.WriteString("field", signature.FieldName);
            json.WriteString("subFilter", signature.SubFilter);
            json.WriteBoolean("valid", signature.IsValid);
            json.WriteBoolean("coversWholeFile", signature.CoversWholeFile);
            json.WriteBoolean("trusted", signature.IsTrusted);
            json.WriteString("signer", signature.SignerName);
            json.WriteString("signingTime", signature.SigningTime?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteNumber("signedRevisionLength", signature.SignedRevisionLength);
            json.WriteStartArray("byteRange");
            foreach (var value in signature.ByteRange)
            {
                json.WriteNumberValue(value);
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var problem in signature.Problems)
            {
                json.WriteStringValue(problem);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter json, AcroFormField field)
    {
        json.WriteStartObject();
        json.WriteString("name", field.FullName);
        json.WriteString("kind", field.Kind.ToString());
        json.WriteString("value", field.Value);
        if (field.Values.Count > 1)
        {
            json.WriteStartArray("values");
            foreach (var value in field.Values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteString("valueSource", field.ValueSource.ToString());
        if (field.IsChecked is { } isChecked)
        {
            json.WriteBoolean("checked", isChecked);
        }

        if (field.Options.Count > 0)
        {
            json.WriteStartArray("options");
            foreach (var option in field.Options)
            {
                json.WriteStringValue(option);
            }

            json.WriteEndArray();
        }

        json.WriteBoolean("readOnly", field.IsReadOnly);
        json.WriteBoolean("required", field.IsRequired);
        json.WriteEndObject();
    }
}
