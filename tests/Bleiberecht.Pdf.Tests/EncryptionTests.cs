using Bleiberecht.Pdf.Tests.Support;

namespace Bleiberecht.Pdf.Tests;

/// <summary>qpdf-encrypted files (standard security handler R2–R6) open with the empty user password; others need one.</summary>
public sealed class EncryptionTests
{
    [Theory]
    [InlineData("enc-rc4-40.pdf")]
    [InlineData("enc-rc4-128.pdf")]
    [InlineData("enc-aes-128.pdf")]
    [InlineData("enc-aes-256-r5.pdf")]
    [InlineData("enc-aes-256.pdf")]
    public void Encrypted_with_empty_user_password_reads_like_the_plain_file(string name)
    {
        using var plain = PdfDocument.Open(Fixtures.Read("form-pdflib-filled.pdf"));
        using var encrypted = PdfDocument.Open(Fixtures.Read(name));

        Assert.True(encrypted.Information.IsEncrypted);
        Assert.Equal(plain.Information.Title, encrypted.Information.Title);
        Assert.Equal(plain.GetPage(1).Text, encrypted.GetPage(1).Text);
        Assert.Equal(
            plain.GetForm().Fields.Select(f => (f.FullName, f.Value)),
            encrypted.GetForm().Fields.Select(f => (f.FullName, f.Value)));
    }

    [Fact]
    public void A_user_password_gives_the_typed_password_required_error()
    {
        var error = Assert.Throws<PdfPasswordRequiredException>(() => PdfDocument.Open(Fixtures.Read("enc-user-password.pdf")));

        Assert.Equal(PdfReadError.PasswordRequired, error.Reason);
    }

    [Fact]
    public void An_unknown_security_handler_is_unsupported_encryption()
    {
        var pdf = HandMadePdf.OnePage("BT /F1 12 Tf (x) Tj ET", out var root);
        var encrypt = pdf.Add("<< /Filter /FancyVendor /V 2 /R 3 /O <00> /U <00> /P -4 >>");

        var error = Assert.Throws<PdfReadException>(() => PdfDocument.Open(pdf.Build(root, $"/Encrypt {encrypt} 0 R /ID [<01020304> <01020304>]")));

        Assert.Equal(PdfReadError.UnsupportedEncryption, error.Reason);
    }
}
