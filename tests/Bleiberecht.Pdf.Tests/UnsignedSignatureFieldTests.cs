using Bleiberecht.Pdf.Forms;
using Bleiberecht.Pdf.Tests.Support;
using Bleiberecht.Pdf.Writer;

namespace Bleiberecht.Pdf.Tests;

/// <summary>An empty signature field or an unfilled placeholder is "not signed", never an invalid signature.</summary>
public sealed class UnsignedSignatureFieldTests
{
    [Fact]
    public void Empty_signature_field_of_our_writer_is_not_signed_and_not_listed_as_a_signature()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).AddSignatureField("unterschrift", new PdfRectangle(50, 480, 200, 50));
        using var document = PdfDocument.Open(builder.Build());

        Assert.Empty(document.GetSignatures());
        var field = document.GetForm().GetField("unterschrift")!;
        Assert.Equal(FieldKind.Signature, field.Kind);
        Assert.False(field.IsSigned);
    }

    [Fact]
    public void Placeholder_prepared_for_signing_but_unsigned_is_not_signed_while_the_signed_copy_is()
    {
        using var placeholder = PdfDocument.Open(Fixtures.Read("sign-placeholder.pdf"));
        var (_, signer) = TestSigner.CreateChain();
        using var signed = PdfDocument.Open(TestSigner.Sign(Fixtures.Read("sign-placeholder.pdf"), signer));

        Assert.Empty(placeholder.GetSignatures());
        Assert.False(placeholder.GetForm().GetField("Signature1")!.IsSigned);
        Assert.True(Assert.Single(signed.GetSignatures()).IsValid);
        Assert.True(signed.GetForm().GetField("Signature1")!.IsSigned);
        Assert.Null(signed.GetForm().Fields.FirstOrDefault(f => f.Kind != FieldKind.Signature)?.IsSigned);
    }
}
