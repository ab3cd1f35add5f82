namespace Bleiberecht.Pdf.Content;

/// <summary>An axis-aligned rectangle in page user space (PDF points, origin bottom left).</summary>
/// <param name="Left">Smallest x.</param>
/// <param name="Bottom">Smallest y.</param>
/// <param name="Right">Largest x.</param>
/// <param name="Top">Largest y.</param>
public readonly record struct PageRectangle(double Left, double Bottom, double Right, double Top)
{
    /// <summary>Width (Right − Left).</summary>
    public double Width => Right - Left;

    /// <summary>Height (Top − Bottom).</summary>
    public double Height => Top - Bottom;

    /// <summary>The rectangle grown by <paramref name="margin"/> on every side (shrunk when negative).</summary>
    public PageRectangle Inflate(double margin) => new(Left - margin, Bottom - margin, Right + margin, Top + margin);

    /// <summary>Whether <paramref name="other"/> lies wholly inside this rectangle (edges included).</summary>
    public bool Contains(PageRectangle other) =>
        other.Left >= Left && other.Right <= Right && other.Bottom >= Bottom && other.Top <= Top;

    /// <summary>Whether the point lies inside this rectangle (edges included).</summary>
    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;
}
