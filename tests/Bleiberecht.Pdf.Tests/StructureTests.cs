using System.Text;
using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Parsing;
using Bleiberecht.Pdf.Tests.Support;

namespace Bleiberecht.Pdf.Tests;

/// <summary>Object syntax, cross-reference variants, object streams, incremental updates and the repair scan.</summary>
public sealed class StructureTests
{
    private static PdfObject Parse(string text) =>
        new ObjectParser(new Lexer(Encoding.Latin1.GetBytes(text)), 64, 1000).ParseObject();

    [Fact]
    public void Literal_strings_handle_escapes_nested_parentheses_and_octal()
    {
        var value = Assert.IsType<PdfString>(Parse(@"(a\(b\) (nested) \101\t\\ end)"));

        Assert.Equal("a(b) (nested) A\t\\ end", Encoding.Latin1.GetString(value.Bytes));
    }

    [Fact]
    public void Names_decode_hex_escapes_and_dictionaries_hold_references()
    {
        var dictionary = Assert.IsType<PdfDictionary>(Parse("<< /A#20B 12 0 R /Arr [1 2 0 R /N (s) <4142>] /Null null >>"));

        var reference = Assert.IsType<PdfReference>(dictionary.Get("A B"));
        Assert.Equal(12, reference.Number);
        var array = Assert.IsType<PdfArray>(dictionary.Get("Arr"));
        Assert.Equal(5, array.Count);
        Assert.IsType<PdfReference>(array[1]);
        Assert.Equal("AB", Encoding.Latin1.GetString(Assert.IsType<PdfString>(array[4]).Bytes));
        Assert.False(dictionary.ContainsKey("Null"));
    }

    [Fact]
    public void Unterminated_containers_close_at_the_end()
    {
        var dictionary = Assert.IsType<PdfDictionary>(Parse("<< /Kids [1 0 R 2 0 R"));

        Assert.Equal(2, Assert.IsType<PdfArray>(dictionary.Get("Kids")).Count);
    }

    [Fact]
    public void Xref_streams_and_object_streams_read_like_the_classic_file()
    {
        using var classic = PdfDocument.Open(Fixtures.Read("text-chromium.pdf"));
        using var compressed = PdfDocument.Open(Fixtures.Read("text-chromium-objstm.pdf"));

        Assert.Equal(classic.NumberOfPages, compressed.NumberOfPages);
        Assert.Equal(classic.GetPage(1).Text, compressed.GetPage(1).Text);
        Assert.Equal(classic.GetPage(2).Text, compressed.GetPage(2).Text);
    }

    [Fact]
    public void Wrong_xref_offsets_are_repaired_by_scanning()
    {
        var original = Fixtures.Read("text-pdflib.pdf");
        var header = Array.IndexOf(original, (byte)'\n') + 1;
        byte[] shifted = [.. original[..header], .. "% 23 bytes of padding\n"u8, .. original[header..]];
        using var expected = PdfDocument.Open(original);

        using var document = PdfDocument.Open(shifted);

        Assert.True(document.Information.WasRepaired);
        Assert.Equal(expected.GetPage(1).Text, document.GetPage(1).Text);
    }

    [Fact]
    public void A_file_without_xref_and_trailer_is_rebuilt_from_its_objects()
    {
        var original = Encoding.Latin1.GetString(Fixtures.Read("text-pdflib.pdf"));
        var cut = Encoding.Latin1.GetBytes(original[..original.IndexOf("xref", StringComparison.Ordinal)]);

        using var document = PdfDocument.Open(cut);

        Assert.True(document.Information.WasRepaired);
        Assert.Equal(1, document.NumberOfPages);
        Assert.Contains("Bleiberecht fördern", document.GetPage(1).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hybrid_files_take_compressed_objects_from_the_xref_stream()
    {
        var pdf = HandMadePdf.OnePage("BT /F1 12 Tf 72 700 Td (Hybrid) Tj ET", out var root);
        pdf.Add("(placeholder never used)");
        pdf.AddStream(" /Type /ObjStm /N 1 /First 4", "6 0 << /Title (Hybrid title) >>"u8.ToArray());
        pdf.AddStream(" /Type /XRef /W [1 1 1] /Index [6 1] /Size 9", [2, 7, 0]);
        var first = pdf.Build(root, "/Info 6 0 R ");
        var streamOffset = Encoding.Latin1.GetString(first).IndexOf("\n8 0 obj", StringComparison.Ordinal) + 1;

        using var document = PdfDocument.Open(pdf.Build(root, $"/Info 6 0 R /XRefStm {streamOffset} "));

        Assert.Equal("Hybrid title", document.Information.Title);
        Assert.False(document.Information.WasRepaired);
        Assert.Equal("Hybrid", document.GetPage(1).Text);
    }

    [Fact]
    public void Three_revisions_read_with_the_newest_objects()
    {
        var pdf = HandMadePdf.OnePage("BT /F1 12 Tf 72 700 Td (First) Tj ET", out var root);
        var first = pdf.Build(root);
        var second = HandMadePdf.AppendUpdate(first, new Dictionary<int, string> { [5] = StreamText("(Second)") }, $"{root} 0 R", 6);
        var third = HandMadePdf.AppendUpdate(second, new Dictionary<int, string> { [6] = "<< /Title (Third) >>" }, $"{root} 0 R", 7, "/Info 6 0 R ");

        using var document = PdfDocument.Open(third);

        Assert.Equal(3, document.Information.Revisions);
        Assert.Equal("Second", document.GetPage(1).Text);
        Assert.Equal("Third", document.Information.Title);

        static string StreamText(string shown)
        {
            var content = $"BT /F1 12 Tf 72 700 Td {shown} Tj ET";
            return $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";
        }
    }

    [Fact]
    public void A_prev_chain_that_loops_ends()
    {
        var pdf = HandMadePdf.OnePage("BT /F1 12 Tf 72 700 Td (Loop) Tj ET", out var root);
        var bytes = Encoding.Latin1.GetString(pdf.Build(root));
        var startxref = bytes.LastIndexOf("startxref", StringComparison.Ordinal);
        var offset = bytes[(startxref + 10)..].Split('\n')[0];
        var looped = Encoding.Latin1.GetBytes(bytes.Replace($"/Root {root} 0 R ", $"/Root {root} 0 R /Prev {offset} ", StringComparison.Ordinal));

        using var document = PdfDocument.Open(looped);

        Assert.Equal("Loop", document.GetPage(1).Text);
    }

    [Fact]
    public void A_stream_length_that_refers_to_its_own_object_falls_back_to_endstream()
    {
        var pdf = HandMadePdf.OnePage("", out var root);
        pdf.Set(5, "<< /Length 5 0 R >>\nstream\nBT /F1 12 Tf 72 700 Td (Self length) Tj ET\nendstream");

        using var document = PdfDocument.Open(pdf.Build(root));

        Assert.Equal("Self length", document.GetPage(1).Text);
    }

    [Fact]
    public void Inherited_page_attributes_apply_and_the_count_is_taken_from_the_tree()
    {
        var pdf = new HandMadePdf();
        var root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 1000000 /MediaBox [0 0 300 400] /Rotate 90 /Resources << /Font << /F1 5 0 R >> >> >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 500 500] /Rotate 0 /Contents 6 0 R >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        pdf.AddStream("", "BT /F1 10 Tf 10 10 Td (Inherited) Tj ET"u8.ToArray());

        using var document = PdfDocument.Open(pdf.Build(root));

        Assert.Equal(2, document.NumberOfPages);
        Assert.Equal((400, 300, 90), (document.GetPage(1).Width, document.GetPage(1).Height, document.GetPage(1).Rotation));
        Assert.Equal((500, 500, 0), (document.GetPage(2).Width, document.GetPage(2).Height, document.GetPage(2).Rotation));
        Assert.Equal("Inherited", document.GetPage(1).Text);
        Assert.Equal("Inherited", document.GetPage(2).Text);
    }

    [Fact]
    public void Type0_identity_fonts_with_tounicode_and_form_xobjects_give_text()
    {
        var pdf = new HandMadePdf();
        var root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X1 4 0 R >> >> /Contents 5 0 R >>");
        pdf.AddStream(" /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F0 6 0 R >> >>", "BT /F0 20 Tf 1 0 0 1 100 700 Tm <00010002000300030004> Tj ET"u8.ToArray());
        pdf.AddStream("", "q 1 0 0 1 0 -100 cm /X1 Do Q"u8.ToArray());
        pdf.Add("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Noto /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 8 0 R >>");
        pdf.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Noto /DW 600 /W [1 [500 550] 3 4 300] >>");
        pdf.AddStream("", Encoding.ASCII.GetBytes(
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange " +
            "2 beginbfchar <0001> <0047> <0002> <00FC> endbfchar 1 beginbfrange <0003> <0004> <006C> endbfrange endcmap end end"));

        using var document = PdfDocument.Open(pdf.Build(root));
        var page = document.GetPage(1);

        Assert.Equal("Güllm", page.Text);
        Assert.Equal(600, page.Letters[0].Y, 0.01);
        Assert.Equal(100, page.Letters[0].X, 0.01);
        Assert.Equal(10, page.Letters[0].Width, 0.01);
        Assert.Equal(11, page.Letters[1].Width, 0.01);
    }

    [Fact]
    public void Differences_and_glyph_names_map_codes_to_unicode()
    {
        var pdf = HandMadePdf.OnePage("BT /F2 12 Tf 72 700 Td <01020304> Tj ET", out var root);
        pdf.Set(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F2 6 0 R >> >> /Contents 5 0 R >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Custom /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [1 /adieresis /uni20AC /f_i /germandbls] >> >>");

        using var document = PdfDocument.Open(pdf.Build(root));

        Assert.Equal("ä€fiß", document.GetPage(1).Text);
    }

    [Fact]
    public void Tj_kerning_gaps_split_words_and_small_kerning_does_not()
    {
        var pdf = HandMadePdf.OnePage("BT /F1 10 Tf 72 700 Td [(Kur) 30 (zantrag) -600 (Dortmund)] TJ ET", out var root);

        using var document = PdfDocument.Open(pdf.Build(root));

        Assert.Equal(["Kurzantrag", "Dortmund"], document.GetPage(1).GetWords().Select(w => w.Text));
    }
}
