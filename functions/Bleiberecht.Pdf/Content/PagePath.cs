namespace Bleiberecht.Pdf.Content;

/// <summary>
/// A visible painted path (stroked and/or filled, not in white): lines, curves and rectangles of vector graphics,
/// for example a check mark, a cross or the square of a check box on a flattened form.
/// </summary>
/// <param name="Bounds">Bounding box in page user space (curves by their control points; strokes include half the line width).</param>
/// <param name="Stroked">Whether the path's outline is painted.</param>
/// <param name="Filled">Whether the path's inside is painted.</param>
/// <param name="IsRectangle">Whether the path is a single axis-aligned rectangle (<c>re</c>, or four axis-aligned lines).</param>
/// <param name="Segments">Number of line and curve segments (a rectangle counts four).</param>
public sealed record PagePath(PageRectangle Bounds, bool Stroked, bool Filled, bool IsRectangle, int Segments)
{
    /// <summary>Number of subpaths (each <c>m</c> or <c>re</c> starts one).</summary>
    public int Subpaths { get; init; } = 1;

    /// <summary>Whether every segment is a horizontal or vertical line (frames, rectangles, bevels; not a tick or a cross).</summary>
    public bool IsAxisAligned { get; init; }

    /// <summary>Whether every subpath is closed (<c>h</c>, <c>re</c>, or ending where it started): outlines, not strokes such as a check mark.</summary>
    public bool IsClosed { get; init; }
}
