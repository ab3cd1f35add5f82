using System.Text;
using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Filters;
using Bleiberecht.Pdf.Tests.Support;

namespace Bleiberecht.Pdf.Tests;

/// <summary>Each decoding filter against known vectors; image codecs are recognised and left encoded.</summary>
public sealed class FilterTests
{
    private static DecodedStream Decode(byte[] raw, params (string Name, PdfDictionary? Parameters)[] filters) =>
        StreamDecoder.Decode(raw, filters, new ReadBudget(PdfReadOptions.Default));

    private static PdfDictionary Parameters(params (string Key, long Value)[] entries) =>
        new(entries.ToDictionary(e => e.Key, e => (PdfObject)new PdfInteger(e.Value), StringComparer.Ordinal));

    [Fact]
    public void Flate_with_png_up_predictor_restores_the_rows()
    {
        byte[] rows = [2, 1, 2, 3, 2, 1, 1, 1, 1, 5, 1, 1];
        var raw = HandMadePdf.Deflate(rows);

        var result = Decode(raw, ("FlateDecode", Parameters(("Predictor", 12), ("Columns", 3))));

        Assert.Equal(new byte[] { 1, 2, 3, 2, 3, 4, 5, 6, 7 }, result.Data);
    }

    [Fact]
    public void Flate_with_tiff_predictor_adds_left_neighbours()
    {
        var raw = HandMadePdf.Deflate([10, 1, 1, 20, 2, 2]);

        var result = Decode(raw, ("FlateDecode", Parameters(("Predictor", 2), ("Columns", 3))));

        Assert.Equal(new byte[] { 10, 11, 12, 20, 22, 24 }, result.Data);
    }

    [Fact]
    public void Truncated_flate_data_keeps_what_decoded()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"line {i} ")));
        var raw = HandMadePdf.Deflate(text);

        var result = Decode(raw[..(raw.Length / 2)], ("FlateDecode", null));

        Assert.True(result.Data.Length > 100);
        Assert.StartsWith("line 0 line 1 ", Encoding.ASCII.GetString(result.Data), StringComparison.Ordinal);
    }

    [Fact]
    public void AsciiHex_ignores_whitespace_and_pads_an_odd_digit()
    {
        Assert.Equal(new byte[] { 0x48, 0x69, 0x70 }, Decode("48 69\n7>"u8.ToArray(), ("ASCIIHexDecode", null)).Data);
    }

    [Fact]
    public void Ascii85_decodes_groups_and_the_final_partial_group()
    {
        Assert.Equal("Bleiberecht 2026!", Encoding.ASCII.GetString(Decode("6>U4I@V'Rk@q]s,1,(IA+T~>"u8.ToArray(), ("ASCII85Decode", null)).Data));
        Assert.Equal(new byte[8], Decode("zz~>"u8.ToArray(), ("A85", null)).Data);
    }

    [Fact]
    public void Lzw_decodes_the_specification_example()
    {
        byte[] encoded = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];

        var result = Decode(encoded, ("LZWDecode", null));

        Assert.Equal(new byte[] { 45, 45, 45, 45, 45, 65, 45, 45, 45, 66 }, result.Data);
    }

    [Fact]
    public void RunLength_copies_literals_and_repeats()
    {
        byte[] encoded = [2, (byte)'a', (byte)'b', (byte)'c', 254, (byte)'x', 128, (byte)'z'];

        Assert.Equal("abcxxx", Encoding.ASCII.GetString(Decode(encoded, ("RunLengthDecode", null)).Data));
    }

    [Fact]
    public void Chained_filters_apply_in_order()
    {
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(HandMadePdf.Deflate("chained"u8.ToArray())) + ">");

        Assert.Equal("chained", Encoding.ASCII.GetString(Decode(hex, ("ASCIIHexDecode", null), ("FlateDecode", null)).Data));
    }

    [Theory]
    [InlineData("DCTDecode")]
    [InlineData("JPXDecode")]
    [InlineData("CCITTFaxDecode")]
    [InlineData("JBIG2Decode")]
    public void Image_codecs_are_recognised_and_left_encoded(string filter)
    {
        var result = Decode([1, 2, 3], (filter, null));

        Assert.Equal(filter, result.ImageFilter);
        Assert.Equal(new byte[] { 1, 2, 3 }, result.Data);
    }

    [Fact]
    public void A_flate_bomb_stops_at_the_per_stream_limit()
    {
        var bomb = HandMadePdf.Deflate(new byte[8 * 1024 * 1024]);
        var budget = new ReadBudget(PdfReadOptions.Default with { MaxDecompressedBytesPerStream = 1024 * 1024 });

        var error = Assert.Throws<PdfReadException>(() => StreamDecoder.Decode(bomb, [("FlateDecode", null)], budget));

        Assert.Equal(PdfReadError.StreamTooLarge, error.Reason);
    }

    [Fact]
    public void An_unknown_filter_is_bad_stream_data()
    {
        Assert.Equal(PdfReadError.BadStreamData, Assert.Throws<PdfReadException>(() => Decode([1], ("NoSuchDecode", null))).Reason);
    }
}
