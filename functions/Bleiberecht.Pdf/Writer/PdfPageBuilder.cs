using Bleiberecht.Pdf.Writer.Forms;

namespace Bleiberecht.Pdf.Writer;

/// <summary>
/// One page under construction. Coordinates are PDF user space: points, origin at the bottom-left corner.
/// Obtain pages from <see cref="PdfDocumentBuilder.AddPage(PageSize)"/>.
/// </summary>
public sealed partial class PdfPageBuilder
{
    private readonly PdfDocumentBuilder document;

    internal PdfPageBuilder(PdfDocumentBuilder document, PageSize size, int pageNumber)
    {
        if (size.Width is <= 0 or > 14400 || size.Height is <= 0 or > 14400)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "Page sides must be between 0 and 14400 points.");
        }

        this.document = document;
        Size = size;
        PageNumber = pageNumber;
    }

    /// <summary>The page size given when the page was added.</summary>
    public PageSize Size { get; }

    /// <summary>1-based position of the page in the document.</summary>
    public int PageNumber { get; }

    internal ContentStream Content { get; } = new();

    internal List<(PdfRectangle Area, Uri Target)> Links { get; } = [];

    internal List<FormField> Fields { get; } = [];

    /// <summary>Draws <paramref name="text"/> (one line) with its baseline starting at <paramref name="position"/>; returns its width in points.</summary>
    public double AddText(string text, double fontSize, PdfPoint position, AddedFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fontSize);
        document.CheckOwns(font);
        return Content.ShowText(font, fontSize, position.X, position.Y, text);
    }

    /// <summary>Draws a straight line in the current stroke colour.</summary>
    public void DrawLine(PdfPoint from, PdfPoint to, double lineWidth = 1) => Content.Line(from, to, lineWidth);

    /// <summary>Draws a rectangle outline (or fills it with the current fill colour when <paramref name="fill"/> is true).</summary>
    public void DrawRectangle(PdfPoint position, double width, double height, double lineWidth = 1, bool fill = false) =>
        Content.Rectangle(new PdfRectangle(position.X, position.Y, width, height), lineWidth, fill, stroke: !fill);

    /// <summary>Fills a rectangle with <paramref name="color"/> without changing the current colours.</summary>
    public void FillRectangle(PdfRectangle area, PdfColor color)
    {
        Content.Raw("q ");
        Content.FillColor(color);
        Content.Rectangle(area, 0, fill: true, stroke: false);
        Content.Raw("Q\n");
    }

    /// <summary>Sets the colour for lines and outlines from here on.</summary>
    public void SetStrokeColor(PdfColor color) => Content.StrokeColor(color);

    /// <summary>Sets the colour for text and filled shapes from here on.</summary>
    public void SetTextAndFillColor(PdfColor color) => Content.FillColor(color);

    /// <summary>Sets both colours back to black.</summary>
    public void ResetColor()
    {
        Content.FillColor(PdfColor.Black);
        Content.StrokeColor(PdfColor.Black);
    }

    /// <summary>Draws an image scaled into <paramref name="placement"/>.</summary>
    public void AddImage(AddedImage image, PdfRectangle placement)
    {
        ArgumentNullException.ThrowIfNull(image);
        Content.Image(image.ResourceName, placement);
    }

    /// <summary>Adds a PNG to the document and draws it; returns the image for reuse.</summary>
    public AddedImage AddPng(byte[] png, PdfRectangle placement)
    {
        var image = document.AddPng(png);
        AddImage(image, placement);
        return image;
    }

    /// <summary>Adds a JPEG to the document and draws it; returns the image for reuse.</summary>
    public AddedImage AddJpeg(byte[] jpeg, PdfRectangle placement)
    {
        var image = document.AddJpeg(jpeg);
        AddImage(image, placement);
        return image;
    }

    /// <summary>Makes <paramref name="area"/> a link to an external URI (http, https or mailto).</summary>
    public void AddLink(PdfRectangle area, Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.IsAbsoluteUri || target.Scheme is not ("http" or "https" or "mailto"))
        {
            throw new ArgumentException("Links must be absolute http, https or mailto URIs.", nameof(target));
        }

        Links.Add((area, target));
    }
}
