using Bleiberecht.Pdf;
using Bleiberecht.Pdf.Signatures;
using PdfFieldKind = Bleiberecht.Pdf.Forms.FieldKind;

namespace Bleiberecht.Documents.Application;

/// <summary>
/// Reads a submission (the Kurzantrag, possibly with the consent declaration as a separate file) into a typed
/// <see cref="ApplicationReadResult"/>: form fields through the PDF reader, a flattened form from its page text,
/// image-only scans and unreadable files as problems for the counsellor.
/// </summary>
public static class SubmissionReader
{
    private static readonly HashSet<string> KnownNames =
        [KurzantragForm.VersionFieldName, .. KurzantragForm.Fields.SelectMany(f => f.AcroFormNames)];

    /// <summary>Reads <paramref name="files"/> together; values found in several files are merged (first non-empty wins).</summary>
    public static ApplicationReadResult Read(IReadOnlyList<SubmissionFile> files, SubmissionReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        options ??= new SubmissionReadOptions();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var signatures = new List<SignatureEvidence>();
        var problems = new List<ApplicationProblem>();
        var byOcr = new HashSet<string>(StringComparer.Ordinal);
        var anyForm = false;
        foreach (var file in files)
        {
            var outcome = ReadFile(file, options, problems);
            if (outcome is null)
            {
                continue;
            }

            anyForm = true;
            foreach (var (name, value) in outcome.Values)
            {
                if (IsEmpty(values.GetValueOrDefault(name)) && !IsEmpty(value))
                {
                    values[name] = value;
                    SetSource(name, outcome.ReadByOcr);
                }
                else if (values.TryAdd(name, value))
                {
                    SetSource(name, outcome.ReadByOcr && !IsEmpty(value));
                }
            }

            signatures.AddRange(outcome.Signatures);
        }

        // Every value that OCR supplied asks for confirmation, in form order.
        problems.AddRange(KurzantragForm.Fields.Where(f => byOcr.Contains(f.Name)).Select(Problems.OcrValue));

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(options.TimeProvider.GetUtcNow(), BerlinTime.Zone).DateTime);
        var read = ApplicationFieldReader.Read(values, signatures, today);
        if (!anyForm)
        {
            // Without any readable form, the field-by-field list would only repeat "missing": report the file problems alone.
            return new ApplicationReadResult(read.Record, problems.Count > 0 ? problems : [Problems.NoFiles()]);
        }

        return new ApplicationReadResult(read.Record, [.. problems, .. read.Problems]);

        void SetSource(string name, bool ocr)
        {
            if (ocr)
            {
                byOcr.Add(name);
            }
            else
            {
                byOcr.Remove(name);
            }
        }
    }

    private static bool IsEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value) || FieldValues.Checkbox(value) == false;

    private static FileOutcome? ReadFile(
        SubmissionFile file, SubmissionReadOptions options, List<ApplicationProblem> problems)
    {
        try
        {
            using var document = PdfDocument.Open(file.Content, new PdfReadOptions { TimeBudget = options.TimeBudgetPerFile, TimeProvider = options.TimeProvider });
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (document.TryGetForm(out var form))
            {
                foreach (var field in form.Fields.Where(f => KnownNames.Contains(f.FullName)))
                {
                    values[field.FullName] = field.Kind switch
                    {
                        PdfFieldKind.Checkbox or PdfFieldKind.RadioButton => field.IsChecked == true ? "Yes" : "Off",
                        PdfFieldKind.Signature => null,
                        _ => field.Value,
                    };
                }
            }

            var signatures = document.GetSignatures(new SignatureValidationOptions { TrustedRoots = options.TrustedRoots, TimeProvider = options.TimeProvider })
                .Where(s => s.ByteRange.Count > 0) // the reader lists signed fields only; one without byte ranges proves nothing
                .Select(s => new SignatureEvidence(s.FieldName, s.IsValid, s.CoversWholeFile, s.IsTrusted, s.SignerName))
                .ToList();
            if (values.Count(v => v.Key != KurzantragForm.VersionFieldName) > 0)
            {
                return new FileOutcome(values, signatures, ReadByOcr: false);
            }

            var pages = document.GetPages().ToList();
            if (pages.Count > 0 && pages.All(p => p.IsImageOnly || string.IsNullOrWhiteSpace(p.Text)) && pages.Any(p => p.IsImageOnly))
            {
                return ReadScan(file, pages.Count, options, problems);
            }

            var printed = pages.SelectMany(PrintedLine.Of).ToList();
            var lines = printed.Select(l => l.Text).ToList();
            if (!FlattenedFormText.LooksLikeKurzantrag(lines))
            {
                problems.Add(Problems.UnknownForm(file.Name));
                return null;
            }

            foreach (var (name, value) in FlattenedFormText.Read(lines).Concat(FlattenedFormTicks.Read(printed)))
            {
                values.TryAdd(name, value);
            }

            problems.Add(Problems.Flattened(file.Name));
            return new FileOutcome(values, signatures, ReadByOcr: false);
        }
        catch (PdfPasswordRequiredException)
        {
            problems.Add(Problems.PasswordProtected(file.Name));
        }
        catch (PdfReadException exception) when (exception.Reason == PdfReadError.NotAPdf)
        {
            problems.Add(Problems.NotAPdf(file.Name));
        }
        catch (PdfReadException exception) when (exception.Reason == PdfReadError.UnsupportedEncryption)
        {
            problems.Add(Problems.PasswordProtected(file.Name));
        }
        catch (PdfReadException)
        {
            problems.Add(Problems.Unreadable(file.Name));
        }

        return null;
    }

    // An image-only scan: text fields by OCR when it is configured and installed (ticks and signatures never), else manual entry.
    private static FileOutcome? ReadScan(SubmissionFile file, int pageCount, SubmissionReadOptions options, List<ApplicationProblem> problems)
    {
        if (options.Ocr is { IsAvailable: true } ocr
            && TesseractOcr.ReadLines(file.Content, pageCount, ocr) is { } lines
            && FlattenedFormText.LooksLikeKurzantrag(lines, tolerant: true))
        {
            var values = FlattenedFormText.Read(lines, tolerant: true);
            if (values.GetValueOrDefault(KurzantragForm.VersionFieldName) != KurzantragForm.CurrentVersion)
            {
                values.Remove(KurzantragForm.VersionFieldName); // a misread version would only add a false "unknown version"
            }
            problems.Add(Problems.ReadByOcr(file.Name));
            return new FileOutcome(values, [], ReadByOcr: true);
        }

        problems.Add(Problems.ImageOnly(file.Name));
        return null;
    }

    private sealed record FileOutcome(Dictionary<string, string?> Values, List<SignatureEvidence> Signatures, bool ReadByOcr);
}
