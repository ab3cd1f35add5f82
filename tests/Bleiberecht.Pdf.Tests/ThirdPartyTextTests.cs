using Bleiberecht.Pdf.Tests.Support;
using Bleiberecht.Testing;
using Xunit.Abstractions;

namespace Bleiberecht.Pdf.Tests;

/// <summary>Text from third-party producers agrees with poppler's pdftotext at word level.</summary>
public sealed class ThirdPartyTextTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("text-chromium.pdf")]
    [InlineData("text-chromium-complex.pdf")]
    [InlineData("text-chromium-objstm.pdf")]
    [InlineData("text-ghostscript.pdf")]
    [InlineData("text-pdflib.pdf")]
    [InlineData("text-libreoffice.pdf")]
    public async Task Text_agrees_with_pdftotext_on_at_least_95_percent_of_words(string name)
    {
        var reference = await Tools.PdftotextAsync(Fixtures.PathOf(name));
        using var document = PdfDocument.Open(Fixtures.Read(name));
        var ours = string.Join('\n', document.GetPages().Select(p => p.Text));

        var (agreement, words, matched) = WordAgreement.Compute(reference, ours);
        var (reverse, ourWords, _) = WordAgreement.Compute(ours, reference);
        output.WriteLine($"{name}: {matched}/{words} pdftotext words found ({agreement:P1}); {reverse:P1} of our {ourWords} words in pdftotext");

        Assert.True(words > 5, "pdftotext found almost no text: the fixture is wrong");
        Assert.True(agreement >= 0.95, $"{agreement:P1} word agreement");
        Assert.True(reverse >= 0.95, $"{reverse:P1} reverse word agreement");
    }

    [Theory]
    // Not text-chromium-complex.pdf: pdf.js ignores /ActualText and spells the letter-spaced small caps out
    // ("ZU L Ä S S I G K E I T"), which only says something about pdf.js (79.7 % / 97.4 %, see docs/pdf-reader.md).
    [InlineData("text-chromium.pdf")]
    [InlineData("text-ghostscript.pdf")]
    [InlineData("text-libreoffice.pdf")]
    [InlineData("text-pdflib.pdf")]
    public async Task Text_agrees_with_pdfjs_on_at_least_95_percent_of_words(string name)
    {
        var (exit, reference, error) = await NodeProcess.RunAsync(Path.Combine(Fixtures.Folder, "read-text-pdfjs.mjs"), [Fixtures.PathOf(name)]);
        Assert.True(exit == 0, error);
        using var document = PdfDocument.Open(Fixtures.Read(name));
        var ours = string.Join('\n', document.GetPages().Select(p => p.Text));

        var (agreement, words, matched) = WordAgreement.Compute(reference, ours);
        var (reverse, ourWords, _) = WordAgreement.Compute(ours, reference);
        output.WriteLine($"{name}: {matched}/{words} pdf.js words found ({agreement:P1}); {reverse:P1} of our {ourWords} words in pdf.js");

        Assert.True(words > 5, "pdf.js found almost no text: the fixture is wrong");
        Assert.True(agreement >= 0.95, $"{agreement:P1} word agreement");
        Assert.True(reverse >= 0.95, $"{reverse:P1} reverse word agreement");
    }

    [Fact]
    public void Chromium_text_comes_in_reading_order_with_umlauts_and_ligatures_resolved()
    {
        using var document = PdfDocument.Open(Fixtures.Read("text-chromium.pdf"));

        var page = document.GetPage(1);

        Assert.Equal(2, document.NumberOfPages);
        Assert.StartsWith("Niederschrift der Sitzung vom 12. Februar\n", page.Text, StringComparison.Ordinal);
        Assert.Contains("nichtöffentlich", page.Text, StringComparison.Ordinal);
        Assert.Contains("BF-2026-0043 vertagt Unterlagen fehlen", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("Anlage: Hinweise zum Datenschutz", document.GetPage(2).Text, StringComparison.Ordinal);
        Assert.Equal(612, page.Width, 0.5);
        Assert.Equal(792, page.Height, 0.5);
    }

    [Fact]
    public void Actual_text_replaces_small_caps_glyphs_and_superscripts_join_their_word()
    {
        using var document = PdfDocument.Open(Fixtures.Read("text-chromium-complex.pdf"));

        var words = document.GetPage(1).GetWords().Select(w => w.Text).ToList();

        Assert.Contains("Zulässigkeit", words);
        Assert.Contains("Ausschlussgründe", words);
        Assert.Contains("Tage1;", words);
    }

    [Fact]
    public void Two_text_columns_are_read_column_by_column_and_tables_row_by_row()
    {
        using var complex = PdfDocument.Open(Fixtures.Read("text-chromium-complex.pdf"));
        using var table = PdfDocument.Open(Fixtures.Read("text-chromium.pdf"));

        var lines = complex.GetPage(1).Text.Split('\n');

        Assert.Equal("Im Berichtsjahr gingen siebenundvierzig", lines[1]);
        var lastOfLeft = Array.IndexOf(lines, "anhängig war oder ein Asylantrag gestellt wurde.");
        Assert.True(lastOfLeft > 0);
        Assert.Equal("Diese Gründe wurden in jedem Einzelfall geprüft", lines[lastOfLeft + 1]);
        Assert.Contains("BF-2026-0044 nicht zulässig Asylantrag gestellt", table.GetPage(1).Text.Split('\n'));
    }

    [Fact]
    public void Letters_carry_positions_that_run_left_to_right_on_a_line()
    {
        using var document = PdfDocument.Open(Fixtures.Read("text-pdflib.pdf"));

        var words = document.GetPage(1).GetWords();

        Assert.Equal("Bleiberecht", words[0].Text);
        Assert.Equal(50, words[0].Left, 0.5);
        Assert.Equal(780, words[0].Baseline, 0.5);
        Assert.Equal(14, words[0].FontSize, 0.01);
        Assert.True(words[1].Left > words[0].Right);
        Assert.Equal("Die", words.First(w => w.Baseline < 760).Text);
    }

    [Fact]
    public void A_scanned_page_is_recognised_as_image_only()
    {
        using var scan = PdfDocument.Open(Fixtures.Read("image-only.pdf"));
        using var text = PdfDocument.Open(Fixtures.Read("text-chromium.pdf"));

        Assert.True(scan.GetPage(1).IsImageOnly);
        Assert.Equal(1, scan.GetPage(1).ImageCount);
        Assert.Empty(scan.GetPage(1).Text);
        Assert.False(text.GetPage(1).IsImageOnly);
    }

    [Fact]
    public void Document_information_is_read_as_stored()
    {
        using var document = PdfDocument.Open(Fixtures.Read("text-chromium.pdf"));

        Assert.Equal("Protokoll Muster", document.Information.Title);
        Assert.StartsWith("Skia/PDF", document.Information.Producer, StringComparison.Ordinal);
        Assert.Equal("1.4", document.Information.Version);
        Assert.False(document.Information.IsEncrypted);
        Assert.False(document.Information.WasRepaired);
    }
}
