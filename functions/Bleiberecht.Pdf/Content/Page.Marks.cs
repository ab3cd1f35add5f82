namespace Bleiberecht.Pdf.Content;

/// <summary>Marks inside an area: what a tick, cross or dot in a check box or radio button looks like once flattened.</summary>
public sealed partial class Page
{
    private const double FrameShare = 0.6;
    private const double BackgroundShare = 0.9;
    private const double SpeckShare = 0.1;

    /// <summary>
    /// The glyphs and painted paths inside <paramref name="area"/> (for example the square of a check box, with some
    /// margin), leaving out the box itself: its frame (an axis-aligned outline or bevel covering most of the box) and a
    /// background fill. A check mark or cross path, a filled dot or inner square, a Zapf Dingbats glyph or a letter
    /// such as ✓ or X counts; an empty box gives an empty list. The box is the largest squarish outline (a stroked
    /// square or circle) in the area; without one the area itself is the box.
    /// </summary>
    public IReadOnlyList<PageMark> GetMarksInside(PageRectangle area)
    {
        var inside = area.Inflate(1);
        var candidates = Paths.Where(p => inside.Contains(p.Bounds)).ToList();
        var box = Outline(candidates, area)?.Bounds ?? area;
        var marks = new List<PageMark>();
        foreach (var path in candidates)
        {
            if (!IsDecoration(path, box) && !IsSpeck(path, box))
            {
                marks.Add(new PageMark(PageMarkKind.Path, path.Bounds, null, null));
            }
        }

        var glyphArea = box.Inflate(1);
        foreach (var letter in Letters)
        {
            // A space is no mark; a glyph without known text (a custom check glyph) is.
            if (letter.Value.Length > 0 && string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            var bounds = GlyphBounds(letter);
            if (glyphArea.Contains((bounds.Left + bounds.Right) / 2, (bounds.Bottom + bounds.Top) / 2))
            {
                marks.Add(new PageMark(PageMarkKind.Glyph, bounds, letter.Value, letter.FontName));
            }
        }

        return marks;
    }

    /// <summary>
    /// The outline of a box drawn in <paramref name="area"/> (the largest squarish stroked square or circle, or a frame
    /// filled as a ring), or null when there is none: then an empty area is no evidence of an unticked box (a scan
    /// with a text layer, say).
    /// </summary>
    public PageRectangle? FindBoxOutline(PageRectangle area)
    {
        var inside = area.Inflate(1);
        return Outline(Paths.Where(p => inside.Contains(p.Bounds)), area)?.Bounds;
    }

    /// <summary>Whether anything is drawn inside <paramref name="area"/> besides an empty box (see <see cref="GetMarksInside"/>).</summary>
    public bool HasMarkInside(PageRectangle area) => GetMarksInside(area).Count > 0;

    // The box's own outline, bevel or background, which covers most of the box: an axis-aligned frame or bevel, a
    // closed stroked outline (a square or a radio button's circle), or a fill over (nearly) all of it. A filled inner
    // square or dot is clearly smaller than the box; a check mark or a cross is open, not closed.
    private static bool IsDecoration(PagePath path, PageRectangle box)
    {
        var share = Math.Min(path.Bounds.Width / box.Width, path.Bounds.Height / box.Height);
        if (share < FrameShare)
        {
            return false;
        }

        if (path.Filled)
        {
            var innerSquare = path.IsRectangle && share < BackgroundShare;
            return share >= BackgroundShare || (path.IsAxisAligned && !innerSquare);
        }

        return path.IsAxisAligned || path.IsClosed;
    }

    private static PagePath? Outline(IEnumerable<PagePath> candidates, PageRectangle area) => candidates
        .Where(p => IsOutline(p) && p.Bounds.Width >= 0.4 * area.Width && p.Bounds.Height >= 0.4 * area.Height
            && p.Bounds.Width <= 2 * p.Bounds.Height && p.Bounds.Height <= 2 * p.Bounds.Width)
        .MaxBy(p => p.Bounds.Width * p.Bounds.Height);

    // A stroked square or circle, or a frame filled as a ring (two axis-aligned subpaths, even-odd).
    private static bool IsOutline(PagePath path) =>
        path.Filled ? path.IsAxisAligned && path.Subpaths >= 2 : path.IsAxisAligned || path.IsClosed;

    private static bool IsSpeck(PagePath path, PageRectangle box) =>
        path.Bounds.Width < SpeckShare * box.Width && path.Bounds.Height < SpeckShare * box.Height;

    private static PageRectangle GlyphBounds(Letter letter)
    {
        var (left, right) = letter.Width >= 0 ? (letter.X, letter.EndX) : (letter.EndX, letter.X);
        if (right - left < 0.01)
        {
            right = left + (0.5 * letter.FontSize);
        }

        return new PageRectangle(left, letter.Y - (0.2 * letter.FontSize), right, letter.Y + (0.75 * letter.FontSize));
    }
}
