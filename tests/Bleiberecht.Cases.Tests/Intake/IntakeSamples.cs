using System.Diagnostics;
using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Tests.Intake;

/// <summary>Kurzantrag PDFs made by the app's own generator (complete, without consent, the consent alone) and broken files.</summary>
internal static class IntakeSamples
{
    public static readonly DateTimeOffset Today = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private static readonly HashSet<string> ConsentNames = KurzantragForm.Fields.Where(f => f.Section == FormSection.Consent).Select(f => f.Name).ToHashSet();

    private static readonly Lazy<byte[]> LazyComplete = new(() => KurzantragFormGenerator.Generate(Options(Values())));
    private static readonly Lazy<byte[]> LazyWithoutConsent = new(() => KurzantragFormGenerator.Generate(Options(Values().Where(v => !ConsentNames.Contains(v.Key)).ToDictionary())));
    private static readonly Lazy<byte[]> LazyConsent = new(() => KurzantragFormGenerator.GenerateConsentForm(Options(Values().Where(v => ConsentNames.Contains(v.Key) || v.Key.StartsWith("person_", StringComparison.Ordinal)).ToDictionary())));

    /// <summary>A complete application with consent (attested handwritten signature).</summary>
    public static byte[] Complete => LazyComplete.Value;

    /// <summary>The application with section 9 (consent) empty.</summary>
    public static byte[] WithoutConsent => LazyWithoutConsent.Value;

    /// <summary>The one-page consent declaration, filled in.</summary>
    public static byte[] Consent => LazyConsent.Value;

    public static SubmissionReadOptions ReadOptions { get; } = new() { TimeProvider = new Testing.ManualTimeProvider(Today) };

    /// <summary>The application with a different applicant (another file, another hash).</summary>
    public static byte[] CompleteFor(string familyName)
    {
        var values = Values();
        values["person_familienname"] = familyName;
        return KurzantragFormGenerator.Generate(Options(values));
    }

    /// <summary>A one-page PDF that is not a Kurzantrag (e.g. a doctor's certificate).</summary>
    public static byte[] OtherPdf(string text)
    {
        var builder = new Bleiberecht.Pdf.Writer.PdfDocumentBuilder(new Testing.ManualTimeProvider(Today));
        var page = builder.AddPage(Bleiberecht.Pdf.Writer.PageSize.A4);
        page.AddText(text, 14, new Bleiberecht.Pdf.Writer.PdfPoint(72, 700), builder.DefaultFont);
        return builder.Build();
    }

    /// <summary>A copy of <paramref name="pdf"/> encrypted by qpdf with a user password.</summary>
    public static async Task<byte[]> EncryptAsync(byte[] pdf)
    {
        var plain = Path.Combine(Path.GetTempPath(), "bf-intake-" + Path.GetRandomFileName() + ".pdf");
        var locked = plain + ".locked.pdf";
        await File.WriteAllBytesAsync(plain, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("qpdf", ["--encrypt", "geheim", "geheim", "256", "--", plain, locked]) { RedirectStandardError = true })!;
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
            return await File.ReadAllBytesAsync(locked);
        }
        finally
        {
            File.Delete(plain);
            File.Delete(locked);
        }
    }

    private static KurzantragFormOptions Options(IReadOnlyDictionary<string, string?> values) => new()
    {
        CommitteeName = "Gremium Bleiberechte fördern",
        TimeProvider = new Testing.ManualTimeProvider(Today),
        Values = values,
    };

    private static Dictionary<string, string?> Values()
    {
        var values = KurzantragSamples.Complete("INTAKE");
        values["person_familienname"] = "Öztürk";
        return values;
    }
}
