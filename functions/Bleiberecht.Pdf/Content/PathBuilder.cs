namespace Bleiberecht.Pdf.Content;

/// <summary>
/// Collects the current path of a content stream (in page space, through the CTM at construction) and turns it into a
/// <see cref="PagePath"/> when it is painted: bounds, segment count and whether it is one axis-aligned rectangle.
/// </summary>
internal sealed class PathBuilder
{
    private readonly List<(double X, double Y)> points = [];
    private double minX = double.MaxValue;
    private double minY = double.MaxValue;
    private double maxX = double.MinValue;
    private double maxY = double.MinValue;
    private int segments;
    private int rectangles;
    private int subpaths;
    private bool axisAligned = true;
    private bool allClosed = true;
    private bool closedNow;
    private (double X, double Y) current;
    private (double X, double Y) start;

    public void MoveTo(Matrix ctm, double x, double y)
    {
        EndSubpath();
        current = start = ctm.Transform(x, y);
        subpaths++;
        Add(current);
        Include(current);
    }

    public void LineTo(Matrix ctm, double x, double y)
    {
        var previous = current;
        current = ctm.Transform(x, y);
        axisAligned &= IsAxisAligned(previous, current);
        segments++;
        Add(current);
        Include(current);
    }

    /// <summary>A Bézier segment (<c>c</c>, <c>v</c>, <c>y</c>): the control points only widen the bounds; the last point is the end.</summary>
    public void CurveTo(Matrix ctm, ReadOnlySpan<double> coordinates)
    {
        for (var i = 0; i + 1 < coordinates.Length; i += 2)
        {
            current = ctm.Transform(coordinates[i], coordinates[i + 1]);
            Include(current);
        }

        segments++;
        axisAligned = false;
        Add((double.NaN, double.NaN)); // a curve never makes a rectangle
        Add(current);
    }

    public void Rectangle(Matrix ctm, double x, double y, double w, double h)
    {
        MoveTo(ctm, x, y);
        LineTo(ctm, x + w, y);
        LineTo(ctm, x + w, y + h);
        LineTo(ctm, x, y + h);
        ClosePath();
        rectangles++;
    }

    public void ClosePath()
    {
        closedNow = true;
        if (points.Count > 0 && current != start)
        {
            segments++;
            axisAligned &= IsAxisAligned(current, start);
            current = start;
            Add(start);
        }
    }

    public void Clear()
    {
        points.Clear();
        minX = minY = double.MaxValue;
        maxX = maxY = double.MinValue;
        segments = rectangles = subpaths = 0;
        axisAligned = allClosed = true;
        closedNow = false;
    }

    /// <summary>The painted path, or null when it is empty, invisible or not finite.</summary>
    public PagePath? Paint(bool stroke, bool fill, GraphicsState state)
    {
        try
        {
            stroke &= !state.StrokeWhite;
            fill &= !state.FillWhite;
            if ((!stroke && !fill) || points.Count == 0 || !double.IsFinite(minX) || !double.IsFinite(maxX) || !double.IsFinite(minY) || !double.IsFinite(maxY))
            {
                return null;
            }

            var half = stroke ? state.LineWidth * Math.Sqrt(Math.Abs((state.Ctm.A * state.Ctm.D) - (state.Ctm.B * state.Ctm.C))) / 2 : 0;
            if (!double.IsFinite(half))
            {
                half = 0;
            }

            var bounds = new PageRectangle(minX - half, minY - half, maxX + half, maxY + half);
            EndSubpath();
            return new PagePath(bounds, stroke, fill, IsRectangle(), segments)
            {
                Subpaths = subpaths,
                IsAxisAligned = axisAligned && segments > 0,
                IsClosed = allClosed && segments > 0,
            };
        }
        finally
        {
            Clear();
        }
    }

    // A subpath is closed by h (or re) or by ending where it started.
    private void EndSubpath()
    {
        if (subpaths > 0 && !closedNow && Distance(current, start) > 0.01)
        {
            allClosed = false;
        }

        closedNow = false;
    }

    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y);

    private bool IsRectangle()
    {
        if (subpaths != 1)
        {
            return false;
        }

        if (rectangles == 1)
        {
            return axisAligned; // a rotated re is not axis-aligned
        }

        // Four axis-aligned lines that close (m l l l [l|h]).
        var corners = points.ToList();
        if (corners.Count == 5 && corners[4] == corners[0])
        {
            corners.RemoveAt(4);
        }

        if (corners.Count != 4 || corners.Any(p => double.IsNaN(p.X)))
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!IsAxisAligned(corners[i], corners[(i + 1) % 4]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAxisAligned((double X, double Y) a, (double X, double Y) b) =>
        Math.Abs(a.X - b.X) <= 0.01 || Math.Abs(a.Y - b.Y) <= 0.01;

    // Only the first points matter (rectangle detection): a long path keeps its bounds and count, not every point.
    private void Add((double X, double Y) point)
    {
        if (points.Count < 8)
        {
            points.Add(point);
        }
        else
        {
            points[^1] = (double.NaN, double.NaN);
        }
    }

    private void Include((double X, double Y) point)
    {
        if (!double.IsFinite(point.X) || !double.IsFinite(point.Y))
        {
            return;
        }

        minX = Math.Min(minX, point.X);
        minY = Math.Min(minY, point.Y);
        maxX = Math.Max(maxX, point.X);
        maxY = Math.Max(maxY, point.Y);
    }
}
