using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Bleiberecht.Documents.Application;
using Bleiberecht.Testing;

namespace Bleiberecht.Documents.Tests.Application;

/// <summary>A consent declaration signed digitally: accepted when intact, whole and trusted; otherwise the counsellor is told why.</summary>
public sealed class ConsentSignatureTests
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "tests", "Bleiberecht.Documents.Tests", "Application", "Node", "make-signable.mjs");

    [Fact]
    public async Task Trusted_digital_signature_on_the_separate_consent_form_counts_as_consent()
    {
        var (root, signer) = CreateChain();
        var signed = Sign(await SignableConsentAsync(), signer);

        var result = SubmissionReader.Read([new("einwilligung.pdf", signed)], KurzantragRoundTripTests.ReadOptions with { TrustedRoots = [root] });

        Assert.Equal(ConsentSignatureKind.Digital, result.Record.Consent.SignatureKind);
        Assert.True(result.HasConsent);
        Assert.True(result.Record.Consent.DigitalSignature!.Trusted);
        Assert.DoesNotContain(result.Problems, p => p.Field == "einwilligung_unterschrift");
    }

    [Fact]
    public async Task Untrusted_digital_signature_without_attestation_asks_the_counsellor_to_attest()
    {
        var (_, signer) = CreateChain();
        var signed = Sign(await SignableConsentAsync(), signer);

        var result = SubmissionReader.Read([new("einwilligung.pdf", signed)], KurzantragRoundTripTests.ReadOptions);

        var problem = Assert.Single(result.Problems, p => p.Code == "signature-not-accepted");
        Assert.False(problem.IsWarning);
        Assert.StartsWith("Das Zertifikat der digitalen Unterschrift stammt nicht von einer vertrauenswürdigen Stelle.", problem.MessageDe, StringComparison.Ordinal);
        Assert.False(result.HasConsent);
    }

    [Fact]
    public async Task Consent_changed_after_signing_is_reported_as_invalid_signature()
    {
        var (root, signer) = CreateChain();
        var signed = Sign(await SignableConsentAsync(), signer);
        var text = Encoding.Latin1.GetString(signed);
        var at = text.IndexOf("/FT /Tx", StringComparison.Ordinal);
        Assert.True(at > 0);
        signed[at + 5] = (byte)'X'; // inside the signed range

        var result = SubmissionReader.Read([new("einwilligung.pdf", signed)], KurzantragRoundTripTests.ReadOptions with { TrustedRoots = [root] });

        var problem = Assert.Single(result.Problems, p => p.Code == "signature-invalid");
        Assert.Equal("The digital signature of the consent declaration is invalid: the document was changed after signing. Please have it signed again.", problem.MessageEn);
    }

    private static async Task<byte[]> SignableConsentAsync()
    {
        var values = KurzantragRoundTripTests.Values();
        values.Remove("bestaetigung_unterschrift_liegt_vor");
        var consentNames = KurzantragForm.ConsentFields.Select(f => f.Name).ToHashSet();
        var pdf = KurzantragFormGenerator.GenerateConsentForm(KurzantragRoundTripTests.Options(values.Where(v => consentNames.Contains(v.Key)).ToDictionary()));
        var input = await Tools.TempFileAsync(pdf, ".pdf");
        try
        {
            var (exit, _, error) = await NodeProcess.RunAsync(Script, [input, input + ".sig.pdf", "einwilligung_unterschrift"], timeout: TimeSpan.FromSeconds(60));
            Assert.True(exit == 0, error);
            return await File.ReadAllBytesAsync(input + ".sig.pdf");
        }
        finally
        {
            File.Delete(input);
            File.Delete(input + ".sig.pdf");
        }
    }

    private static (X509Certificate2 Root, X509Certificate2 Signer) CreateChain()
    {
        var now = KurzantragRoundTripTests.Clock.GetUtcNow(); // valid at the reading clock
        using var rootKey = RSA.Create(2048);
        var rootRequest = new CertificateRequest("CN=Test Root Beratung", rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        using var root = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        using var signerKey = RSA.Create(2048);
        var signerRequest = new CertificateRequest("CN=Antragstellerin Test", signerKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        signerRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        using var issued = signerRequest.Create(root, now.AddHours(-1), now.AddMonths(6), RandomNumberGenerator.GetBytes(8));
        return (X509CertificateLoader.LoadCertificate(root.Export(X509ContentType.Cert)), issued.CopyWithPrivateKey(signerKey));
    }

    // Fills /ByteRange (everything but the <…> of /Contents) and /Contents (detached CMS, hex) in place.
    private static byte[] Sign(byte[] pdf, X509Certificate2 signer)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var contentsStart = text.IndexOf("/Contents <0000", StringComparison.Ordinal) + "/Contents ".Length;
        var contentsEnd = text.IndexOf('>', contentsStart) + 1;
        var rangeStart = text.IndexOf("/ByteRange [", StringComparison.Ordinal) + "/ByteRange ".Length;
        var rangeEnd = text.IndexOf(']', rangeStart) + 1;
        var rangeText = string.Create(CultureInfo.InvariantCulture, $"[0 {contentsStart} {contentsEnd} {pdf.Length - contentsEnd}");
        var result = (byte[])pdf.Clone();
        Encoding.Latin1.GetBytes(rangeText.PadRight(rangeEnd - rangeStart - 1) + "]").CopyTo(result, rangeStart);
        var signed = result[..contentsStart].Concat(result[contentsEnd..]).ToArray();
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        cms.ComputeSignature(new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signer) { IncludeOption = X509IncludeOption.EndCertOnly });
        var hex = Convert.ToHexString(cms.Encode());
        Encoding.ASCII.GetBytes(hex.PadRight(contentsEnd - contentsStart - 2, '0')).CopyTo(result, contentsStart + 1);
        return result;
    }
}
