using System.Security.Cryptography.X509Certificates;
using System.Text;
using Bleiberecht.Pdf.Signatures;
using Bleiberecht.Pdf.Tests.Support;

namespace Bleiberecht.Pdf.Tests;

/// <summary>Signatures made on a pdf-lib-prepared file by .NET's CMS signer: valid, whole-file and trusted are separate verdicts.</summary>
public sealed class SignatureTests
{
    private static readonly Lazy<(X509Certificate2 Root, X509Certificate2 Signer, byte[] Signed)> Signed = new(() =>
    {
        var (root, signer) = TestSigner.CreateChain();
        return (root, signer, TestSigner.Sign(Fixtures.Read("sign-placeholder.pdf"), signer));
    });

    private static SignatureValidationOptions Trusting(X509Certificate2 root) => new() { TrustedRoots = [root] };

    [Fact]
    public void An_intact_signature_over_the_whole_file_from_a_configured_root_is_valid_complete_and_trusted()
    {
        var (root, _, signed) = Signed.Value;
        using var document = PdfDocument.Open(signed);

        var signature = Assert.Single(document.GetSignatures(Trusting(root)));

        Assert.Equal("Signature1", signature.FieldName);
        Assert.True(signature.IsValid, string.Join("; ", signature.Problems));
        Assert.True(signature.CoversWholeFile);
        Assert.True(signature.IsTrusted, string.Join("; ", signature.Problems));
        Assert.Equal("Beratungsstelle Test", signature.SignerName);
        Assert.Equal("adbe.pkcs7.detached", signature.SubFilter);
        Assert.Equal("Einwilligung", signature.Reason);
        Assert.Equal(signed.Length, signature.SignedRevisionLength);
        Assert.NotNull(signature.SigningTime);
    }

    [Fact]
    public async Task A_signature_made_by_openssl_cms_verifies_the_same_way()
    {
        var (root, signer) = TestSigner.CreateChain("CN=OpenSSL Signer");
        var signed = await TestSigner.SignWithOpenSslAsync(Fixtures.Read("sign-placeholder.pdf"), signer);
        using var document = PdfDocument.Open(signed);

        var signature = Assert.Single(document.GetSignatures(Trusting(root)));

        Assert.True(signature.IsValid, string.Join("; ", signature.Problems));
        Assert.True(signature.CoversWholeFile);
        Assert.True(signature.IsTrusted, string.Join("; ", signature.Problems));
        Assert.Equal("OpenSSL Signer", signature.SignerName);
    }

    [Fact]
    public void Without_configured_roots_a_valid_signature_is_not_trusted()
    {
        using var document = PdfDocument.Open(Signed.Value.Signed);

        var signature = Assert.Single(document.GetSignatures());

        Assert.True(signature.IsValid);
        Assert.False(signature.IsTrusted);
        Assert.Contains(signature.Problems, p => p.Contains("trusted roots", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signature_from_another_root_is_valid_but_not_trusted()
    {
        var (otherRoot, _) = TestSigner.CreateChain("CN=Someone Else");
        using var document = PdfDocument.Open(Signed.Value.Signed);

        var signature = Assert.Single(document.GetSignatures(Trusting(otherRoot)));

        Assert.True(signature.IsValid);
        Assert.False(signature.IsTrusted);
    }

    [Fact]
    public void A_changed_byte_in_the_signed_range_makes_the_signature_invalid()
    {
        var (root, _, signed) = Signed.Value;
        var tampered = (byte[])signed.Clone();
        var text = Encoding.Latin1.GetString(tampered);
        var at = text.IndexOf("Kurzantrag", StringComparison.Ordinal);
        if (at < 0)
        {
            // Page text is compressed: change the document title instead (inside the first signed range).
            at = text.IndexOf("/Title", StringComparison.Ordinal) + 8;
        }

        tampered[at] ^= 0x01;
        using var document = PdfDocument.Open(tampered);

        var signature = Assert.Single(document.GetSignatures(Trusting(root)));

        Assert.False(signature.IsValid);
        Assert.False(signature.IsTrusted);
        Assert.True(signature.CoversWholeFile);
    }

    [Fact]
    public void An_update_appended_after_signing_keeps_the_signature_valid_but_not_covering_the_file()
    {
        var (root, _, signed) = Signed.Value;
        var appended = HandMadePdf.AppendUpdate(signed, new Dictionary<int, string> { [9990] = "(added later)" }, FormTests.RootOf(signed), 9991);
        using var document = PdfDocument.Open(appended);

        var signature = Assert.Single(document.GetSignatures(Trusting(root)));

        Assert.True(signature.IsValid);
        Assert.False(signature.CoversWholeFile);
        Assert.True(signature.IsTrusted);
        Assert.Equal(signed.Length, signature.SignedRevisionLength);
        Assert.Equal(2, document.Information.Revisions);
    }
}
