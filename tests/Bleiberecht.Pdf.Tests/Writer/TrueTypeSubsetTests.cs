using Bleiberecht.Pdf.Fonts;
using FsCheck;
using FsCheck.Fluent;

namespace Bleiberecht.Pdf.Tests.Writer;

public sealed class TrueTypeSubsetTests
{
    private static readonly Lazy<byte[]> Liberation = new(OpenFonts.LiberationSansRegular);

    [Fact]
    public void Subset_keeps_the_used_glyphs_and_the_components_of_composite_glyphs()
    {
        var font = TrueTypeFont.Parse(OpenFonts.DejaVuSans());
        var composite = "ÄÖÜäöüÅåÇçŁłŞşĞğİ".Select(c => font.TryGetGlyph(c, out var g) ? g : (ushort)0)
            .First(g => g != 0 && font.ComponentsOf(g).Count > 0);
        font.TryGetGlyph('x', out var x);

        var subset = TrueTypeFont.Parse(font.CreateSubset([composite, x]), requireCharacterMap: false);

        Assert.True(subset.GlyphLength(composite) > 0);
        Assert.True(subset.GlyphLength(x) > 0);
        Assert.All(font.ComponentsOf(composite), c => Assert.True(subset.GlyphLength((ushort)c) > 0));
        font.TryGetGlyph('y', out var unused);
        Assert.Equal(0, subset.GlyphLength(unused));
        Assert.Equal(font.GetAdvanceWidth(composite), subset.GetAdvanceWidth(composite));
    }

    [Fact]
    public void Shipped_fonts_cover_german_polish_turkish_and_arabic_letters()
    {
        var liberation = TrueTypeFont.Parse(Liberation.Value);
        var dejaVu = TrueTypeFont.Parse(OpenFonts.DejaVuSans());

        Assert.All("äöüÄÖÜß„“€§ŁłŻżŚśĆćŃńŞşĞğİı", c => Assert.True(liberation.TryGetGlyph(c, out _), $"Liberation lacks {c}"));
        Assert.All("محمدعلي", c => Assert.True(dejaVu.TryGetGlyph(c, out _), $"DejaVu lacks {c}"));
    }

    [Fact]
    public void Damaged_font_bytes_fail_only_with_TrueTypeFormatException()
    {
        var original = Liberation.Value;
        var position = Gen.OneOf(Gen.Choose(0, 400), Gen.Choose(0, original.Length - 1));
        var property = Prop.ForAll(
            Arb.From(position.ArrayOf()),
            Arb.From(Gen.Choose(0, 255)),
            (positions, value) =>
            {
                var damaged = (byte[])original.Clone();
                foreach (var p in positions)
                {
                    damaged[p] = (byte)value;
                }

                try
                {
                    var font = TrueTypeFont.Parse(damaged);
                    font.TryGetGlyph('A', out var glyph);
                    font.CreateSubset([glyph]);
                }
                catch (TrueTypeFormatException)
                {
                }
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), property);
        Assert.Throws<TrueTypeFormatException>(() => TrueTypeFont.Parse([0, 1, 0, 0]));
    }
}
