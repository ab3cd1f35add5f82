using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Bleiberecht.Pdf.Tests.Support;

/// <summary>Makes a throwaway root + signer certificate and fills a /ByteRange + /Contents placeholder with a detached CMS signature.</summary>
internal static class TestSigner
{
    public static (X509Certificate2 Root, X509Certificate2 Signer) CreateChain(string signerName = "CN=Beratungsstelle Test")
    {
        var now = DateTimeOffset.UtcNow;
        using var rootKey = RSA.Create(2048);
        var rootRequest = new CertificateRequest("CN=Bleiberecht Test Root", rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false));
        var root = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));

        using var signerKey = RSA.Create(2048);
        var signerRequest = new CertificateRequest(signerName, signerKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        signerRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        signerRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        using var issued = signerRequest.Create(root, now.AddHours(-1), now.AddMonths(6), RandomNumberGenerator.GetBytes(8));
        var signer = issued.CopyWithPrivateKey(signerKey);
        return (X509CertificateLoader.LoadCertificate(root.Export(X509ContentType.Cert)), signer);
    }

    /// <summary>Fills the placeholder (as pdf-lib wrote it in sign-placeholder.pdf) and returns the signed file.</summary>
    public static byte[] Sign(byte[] pdf, X509Certificate2 signer) => Sign(pdf, signed =>
    {
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        var cmsSigner = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signer) { IncludeOption = X509IncludeOption.EndCertOnly };
        cmsSigner.SignedAttributes.Add(new Pkcs9SigningTime(DateTime.UtcNow));
        cms.ComputeSignature(cmsSigner);
        return cms.Encode();
    });

    /// <summary>The same, with the CMS made by the <c>openssl cms -sign</c> command line (an independent signing tool).</summary>
    public static async Task<byte[]> SignWithOpenSslAsync(byte[] pdf, X509Certificate2 signer)
    {
        var folder = Directory.CreateTempSubdirectory("pdf-sign-");
        try
        {
            var cert = Path.Combine(folder.FullName, "signer.pem");
            var key = Path.Combine(folder.FullName, "signer.key");
            await File.WriteAllTextAsync(cert, signer.ExportCertificatePem());
            await File.WriteAllTextAsync(key, signer.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
            var content = Path.Combine(folder.FullName, "content.bin");
            var signature = Path.Combine(folder.FullName, "signature.der");
            byte[]? contentBytes = null;
            var result = Sign(pdf, signed =>
            {
                contentBytes = signed;
                return new byte[1];
            });
            await File.WriteAllBytesAsync(content, contentBytes!);
            var (exit, _, error) = await Tools.RunAsync("openssl", ["cms", "-sign", "-binary", "-in", content, "-signer", cert, "-inkey", key, "-outform", "DER", "-out", signature, "-md", "sha256"]);
            if (exit != 0)
            {
                throw new InvalidOperationException("openssl cms failed: " + error);
            }

            var der = await File.ReadAllBytesAsync(signature);
            return Sign(pdf, _ => der);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Sign(byte[] pdf, Func<byte[], byte[]> makeCms)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var contentsStart = text.IndexOf("/Contents <0000", StringComparison.Ordinal) + "/Contents ".Length;
        var contentsEnd = text.IndexOf('>', contentsStart) + 1;
        var rangeStart = text.IndexOf("/ByteRange [", StringComparison.Ordinal) + "/ByteRange ".Length;
        var rangeEnd = text.IndexOf(']', rangeStart) + 1;
        var ranges = new long[] { 0, contentsStart, contentsEnd, pdf.Length - contentsEnd };
        var rangeText = string.Create(CultureInfo.InvariantCulture, $"[{ranges[0]} {ranges[1]} {ranges[2]} {ranges[3]}");
        rangeText = rangeText.PadRight(rangeEnd - rangeStart - 1) + "]";
        var result = (byte[])pdf.Clone();
        Encoding.Latin1.GetBytes(rangeText).CopyTo(result, rangeStart);

        var signed = new byte[ranges[1] + ranges[3]];
        Array.Copy(result, 0, signed, 0, ranges[1]);
        Array.Copy(result, ranges[2], signed, ranges[1], ranges[3]);
        var hex = Convert.ToHexString(makeCms(signed));
        var slot = contentsEnd - contentsStart - 2;
        if (hex.Length > slot)
        {
            throw new InvalidOperationException("Signature larger than the placeholder.");
        }

        Encoding.ASCII.GetBytes(hex.PadRight(slot, '0')).CopyTo(result, contentsStart + 1);
        return result;
    }
}
