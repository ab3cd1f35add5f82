using Bleiberecht.Pdf.Writer.Images;

namespace Bleiberecht.Pdf.Writer;

/// <summary>An image added to a <see cref="PdfDocumentBuilder"/>; it is stored once however often it is drawn.</summary>
public sealed class AddedImage
{
    internal AddedImage(ImageXObject image, string resourceName)
    {
        Image = image;
        ResourceName = resourceName;
    }

    /// <summary>Width in pixels.</summary>
    public int PixelWidth => Image.Width;

    /// <summary>Height in pixels.</summary>
    public int PixelHeight => Image.Height;

    internal ImageXObject Image { get; }

    internal string ResourceName { get; }
}
