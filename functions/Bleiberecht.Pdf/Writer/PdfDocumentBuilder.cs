using Bleiberecht.Pdf.Fonts;
using Bleiberecht.Pdf.Writer.Images;

namespace Bleiberecht.Pdf.Writer;

/// <summary>
/// Builds a PDF document: add fonts, images and pages, draw on the pages, then <see cref="Build"/>.
/// Shaped after PdfPig's <c>PdfDocumentBuilder</c>. Not thread-safe; one builder per document.
/// </summary>
public sealed partial class PdfDocumentBuilder
{
    private static readonly Lazy<TrueTypeFont> LiberationRegular = new(() => TrueTypeFont.Parse(OpenFonts.LiberationSansRegular()));
    private static readonly Lazy<TrueTypeFont> LiberationBold = new(() => TrueTypeFont.Parse(OpenFonts.LiberationSansBold()));
    private static readonly Lazy<TrueTypeFont> DejaVu = new(() => TrueTypeFont.Parse(OpenFonts.DejaVuSans()));

    private readonly TimeProvider timeProvider;
    private readonly List<PdfPageBuilder> pages = [];
    private readonly List<EmbeddedFont> fonts = [];
    private readonly List<AddedImage> images = [];
    private readonly HashSet<string> fieldNames = new(StringComparer.Ordinal);
    private AddedFont? fallbackFont;
    private AddedFont? defaultFont;

    /// <summary>Creates a builder; <paramref name="timeProvider"/> supplies the creation date (system clock when null).</summary>
    public PdfDocumentBuilder(TimeProvider? timeProvider = null)
    {
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Title, author, language and the other metadata.</summary>
    public PdfDocumentInformation Information { get; set; } = new();

    /// <summary>Set to <see cref="PdfConformance.PdfA2B"/> to write PDF/A-2b.</summary>
    public PdfConformance Conformance { get; set; }

    /// <summary>The pages added so far, in order.</summary>
    public IReadOnlyList<PdfPageBuilder> Pages => pages;

    /// <summary>
    /// Adds a TrueType font. Only the glyphs drawn are embedded. Characters the font lacks are drawn with
    /// <paramref name="fallback"/> (and its fallbacks).
    /// </summary>
    /// <exception cref="TrueTypeFormatException">The bytes are not a usable TrueType font.</exception>
    public AddedFont AddTrueTypeFont(byte[] fontBytes, AddedFont? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(fontBytes);
        return AddFont(TrueTypeFont.Parse(fontBytes), fallback);
    }

    /// <summary>
    /// Adds the shipped sans-serif face (Liberation Sans, regular or bold) with DejaVu Sans as fallback,
    /// so German, Polish, Turkish and Arabic-script text renders without missing glyphs.
    /// </summary>
    public AddedFont AddStandardSans(bool bold = false)
    {
        fallbackFont ??= AddFont(DejaVu.Value, null);
        return AddFont(bold ? LiberationBold.Value : LiberationRegular.Value, fallbackFont);
    }

    /// <summary>The font used for form field appearances when a field names none: the first regular standard sans.</summary>
    public AddedFont DefaultFont => defaultFont ??= AddStandardSans();

    /// <summary>Adds a PNG image (8/16-bit grey or RGB, palette, alpha as soft mask; not interlaced).</summary>
    /// <exception cref="ImageFormatException">The bytes are not a supported PNG.</exception>
    public AddedImage AddPng(byte[] png) => AddImage(PngImage.Read(png));

    /// <summary>Adds a JPEG image; its bytes are embedded unchanged (DCTDecode).</summary>
    /// <exception cref="ImageFormatException">The bytes are not a JPEG with a frame header.</exception>
    public AddedImage AddJpeg(byte[] jpeg) => AddImage(JpegImage.Read(jpeg));

    /// <summary>Appends a page of the given size.</summary>
    public PdfPageBuilder AddPage(PageSize size)
    {
        var page = new PdfPageBuilder(this, size, pages.Count + 1);
        pages.Add(page);
        return page;
    }

    internal void CheckOwns(AddedFont font)
    {
        if (!fonts.Contains(font.Embedded))
        {
            throw new ArgumentException("The font was added to a different document builder.", nameof(font));
        }
    }

    internal void RegisterFieldName(string name) => Forms.FormFieldNames.Validate(name, fieldNames);

    private AddedFont AddFont(TrueTypeFont program, AddedFont? fallback)
    {
        if (fallback is not null)
        {
            CheckOwns(fallback);
        }

        var embedded = new EmbeddedFont(program, "F" + (fonts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        fonts.Add(embedded);
        var added = new AddedFont(embedded, fallback);
        if (defaultFont is null && fallbackFont is not null && program == LiberationRegular.Value)
        {
            defaultFont = added;
        }

        return added;
    }

    private AddedImage AddImage(ImageXObject image)
    {
        var added = new AddedImage(image, "Im" + (images.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        images.Add(added);
        return added;
    }
}
