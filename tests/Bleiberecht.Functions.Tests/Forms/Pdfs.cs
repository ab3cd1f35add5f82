using Bleiberecht.Documents.Application;

namespace Bleiberecht.Functions.Tests.Forms;

/// <summary>Kurzantrag PDFs for the form tests: the shared <see cref="KurzantragSamples"/>, on a fixed clock.</summary>
internal static class Pdfs
{
    private const string Reference = "FORM";
    private static readonly TimeProvider Clock = new Testing.ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero));

    /// <summary>A complete, attested application with consent.</summary>
    public static byte[] Complete() => KurzantragSamples.Pdf(KurzantragSamples.Complete(Reference), Clock);

    /// <summary>The same application without any consent item ticked or filled.</summary>
    public static byte[] WithoutConsent() => KurzantragSamples.Pdf(KurzantragSamples.WithoutConsent(Reference), Clock);

    /// <summary>The separate one-page consent form, filled.</summary>
    public static byte[] Consent() => KurzantragSamples.ConsentPdf(Reference, Clock);

    /// <summary>A text file (someone renamed it to .pdf).</summary>
    public static byte[] Text() => "Dies ist kein PDF, nur eine umbenannte Textdatei.\n"u8.ToArray();
}
