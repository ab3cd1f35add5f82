using Bleiberecht.Documents.Application;

namespace Bleiberecht.Cases.Tests.Lifecycle;

/// <summary>The lifecycle tests' applicant: the shared <see cref="KurzantragSamples"/> with one reference.</summary>
internal static class ApplicationForms
{
    private const string Reference = "LC";

    public const string GivenNames = KurzantragSamples.GivenNames;

    public static readonly string FamilyName = KurzantragSamples.FamilyName(Reference);

    public static readonly string AuthorityFileReference = KurzantragSamples.AuthorityFileReference(Reference);

    /// <summary>What must never appear in a table row: the applicant's name, birth date, address, free texts.</summary>
    public static readonly string[] PersonalData = [.. KurzantragSamples.PersonalData(Reference), "Pflegefachkraft", "Verheiratet"];

    public static Dictionary<string, string?> Complete() => KurzantragSamples.Complete(Reference);

    /// <summary>The complete application without any consent field.</summary>
    public static Dictionary<string, string?> WithoutConsent() => KurzantragSamples.WithoutConsent(Reference);

    /// <summary>The complete application answering one exclusion question with "yes".</summary>
    public static Dictionary<string, string?> WithExclusion(string question) => KurzantragSamples.WithExclusion(Reference, question);

    public static byte[] Application(IReadOnlyDictionary<string, string?> values, TimeProvider time) => KurzantragSamples.Pdf(values, time);

    /// <summary>The separate consent declaration, filled and attested.</summary>
    public static byte[] Consent(TimeProvider time) => KurzantragSamples.ConsentPdf(Reference, time);
}
