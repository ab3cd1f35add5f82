using System.Text;

namespace Bleiberecht.Pdf.Tests.Support;

/// <summary>Hand-made hostile PDFs: each attacks one limit or one assumption of a reader.</summary>
internal static class HostileFiles
{
    private static readonly Lazy<byte[]> ZeroBomb = new(() => HandMadePdf.Deflate(new byte[48 * 1024 * 1024]));

    public static IReadOnlyList<(string Name, Func<byte[]> Build, PdfReadError? Expected)> All { get; } =
    [
        ("cyclic page tree", CyclicPageTree, PdfReadError.Cycle),
        ("page tree 500 levels deep", DeepPageTree, PdfReadError.NestingTooDeep),
        ("arrays nested 100000 deep", DeepArrays, PdfReadError.NestingTooDeep),
        ("flate bomb in the page content", FlateBomb, PdfReadError.StreamTooLarge),
        ("forged /Count", ForgedCount, null),
        ("3000 pages", ManyPages, PdfReadError.TooManyPages),
        ("form XObject drawing itself", SelfDrawingForm, PdfReadError.Cycle),
        ("form XObjects nested 200 deep", DeepForms, PdfReadError.NestingTooDeep),
        ("stream /Length far beyond the file", HugeLength, null),
        ("1,000,000 q operators", ManySaves, null),
        ("string with 200000 open parentheses", DeepParentheses, null),
        ("xref stream with absurd /W and /Size", AbsurdXrefStream, null),
        ("object stream containing itself", SelfObjectStream, null),
        ("not a PDF at all", () => Encoding.ASCII.GetBytes("<html><body>not a pdf</body></html>"), PdfReadError.NotAPdf),
        ("header only", () => "%PDF-1.7\n%%EOF\n"u8.ToArray(), PdfReadError.NotAPdf),
        ("predictor with absurd columns", AbsurdPredictor, null),
        ("Kids pointing at the catalog", KidsAtCatalog, null),
    ];

    private static byte[] CyclicPageTree()
    {
        var pdf = new HandMadePdf();
        var root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Pages /Kids [2 0 R] /Count 1 >>");
        return pdf.Build(root);
    }

    private static byte[] DeepPageTree()
    {
        var pdf = new HandMadePdf();
        var root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        for (var i = 2; i < 502; i++)
        {
            pdf.Add($"<< /Type /Pages /Kids [{i + 1} 0 R] /Count 1 >>");
        }

        pdf.Add("<< /Type /Page /MediaBox [0 0 10 10] >>");
        return pdf.Build(root);
    }

    private static byte[] DeepArrays()
    {
        var pdf = HandMadePdf.OnePage("", out var root);
        pdf.Set(3, "<< /Type /Page /Parent 2 0 R /Annots " + new string('[', 100_000) + new string(']', 100_000) + " >>");
        return pdf.Build(root);
    }

    private static byte[] FlateBomb()
    {
        var pdf = HandMadePdf.OnePage("", out var root);
        pdf.Set(5, HandMadePdf.Stream(" /Filter /FlateDecode", ZeroBomb.Value));
        return pdf.Build(root);
    }

    private static byte[] ForgedCount()
    {
        var pdf = HandMadePdf.OnePage("BT /F1 12 Tf 72 700 Td (One page) Tj ET", out var root);
        pdf.Set(2, "<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>");
        return pdf.Build(root);
    }

    private static byte[] ManyPages()
    {
        var pdf = new HandMadePdf();
        var root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [" + string.Join(' ', Enumerable.Range(3, 3000).Select(i => $"{i} 0 R")) + "] /Count 3000 >>");
        for (var i = 0; i < 3000; i++)
        {
            pdf.Add("<< /Type /Page /Parent 2 0 R >>");
        }

        return pdf.Build(root);
    }

    private static byte[] SelfDrawingForm()
    {
        var pdf = HandMadePdf.OnePage("/X1 Do", out var root);
        pdf.Set(3, "<< /Type /Page /Parent 2 0 R /Resources << /XObject << /X1 6 0 R >> >> /Contents 5 0 R >>");
        pdf.AddStream(" /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /X1 6 0 R >> >>", "/X1 Do"u8.ToArray());
        return pdf.Build(root);
    }

    private static byte[] DeepForms()
    {
        var pdf = HandMadePdf.OnePage("/X Do", out var root);
        pdf.Set(3, "<< /Type /Page /Parent 2 0 R /Resources << /XObject << /X 6 0 R >> >> /Contents 5 0 R >>");
        for (var i = 6; i < 206; i++)
        {
            pdf.AddStream($" /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /X {i + 1} 0 R >> >>", "/X Do"u8.ToArray());
        }

        pdf.AddStream(" /Type /XObject /Subtype /Form /BBox [0 0 1 1]", "0 0 m"u8.ToArray());
        return pdf.Build(root);
    }

    private static byte[] HugeLength()
    {
        var pdf = HandMadePdf.OnePage("", out var root);
        pdf.Set(5, "<< /Length 9999999999 >>\nstream\nBT /F1 12 Tf (x) Tj ET\nendstream");
        return pdf.Build(root);
    }

    private static byte[] ManySaves() => HandMadePdf.OnePage(string.Concat(Enumerable.Repeat("q ", 1_000_000)), out var root).Build(root);

    private static byte[] DeepParentheses() =>
        HandMadePdf.OnePage("BT /F1 12 Tf " + new string('(', 200_000) + " Tj ET", out var root).Build(root);

    private static byte[] AbsurdXrefStream()
    {
        var text = "%PDF-1.7\n1 0 obj\n<< /Type /XRef /W [8 8 8] /Size 2147483647 /Index [0 2147483647] /Root 2 0 R /Length 6 >>\nstream\n\0\0\0\0\0\0\nendstream\nendobj\nstartxref\n9\n%%EOF\n";
        return Encoding.Latin1.GetBytes(text);
    }

    private static byte[] SelfObjectStream()
    {
        var text = "%PDF-1.7\n1 0 obj\n<< /Type /XRef /W [1 1 1] /Size 3 /Root 2 0 R /Length 9 >>\nstream\n\u0001\u0009\u0000\u0002\u0003\u0000\u0002\u0003\u0000\nendstream\nendobj\n3 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length 9 >>\nstream\n3 0 << >>\nendstream\nendobj\nstartxref\n9\n%%EOF\n";
        return Encoding.Latin1.GetBytes(text);
    }

    private static byte[] AbsurdPredictor()
    {
        var pdf = HandMadePdf.OnePage("", out var root);
        pdf.Set(5, HandMadePdf.Stream(" /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 2147483647 /Colors 32 /BitsPerComponent 16 >>", HandMadePdf.Deflate(new byte[1000])));
        return pdf.Build(root);
    }

    private static byte[] KidsAtCatalog()
    {
        var pdf = HandMadePdf.OnePage("", out var root);
        pdf.Set(2, "<< /Type /Pages /Kids [1 0 R 3 0 R] /Count 2 >>");
        return pdf.Build(root);
    }
}
