namespace Bleiberecht.Pdf.Writer.Layout;

/// <summary>Tables: wrapped cells, header row repeated on each page, rows split only when taller than a page.</summary>
public sealed partial class DocumentLayout
{
    /// <summary>Adds a table. Each row holds one string per column; cell text wraps within the column.</summary>
    public void AddTable(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, TableStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        style ??= new TableStyle();
        var size = style.FontSize ?? Options.FontSize;
        var leading = size * Options.LineSpacing;
        var padding = style.CellPadding;
        var total = columns.Sum(c => c.RelativeWidth);
        var widths = columns.Select(c => ContentWidth * c.RelativeWidth / total).ToArray();

        var header = Wrap(columns.Select(c => c.Header).ToArray(), widths, BoldFont, size, padding);
        var headerHeight = RowHeight(header, leading, padding);
        var minimum = headerHeight + leading + (2 * padding);
        var pageHeight = Options.PageSize.Height - Options.Margins.Top - Options.Margins.Bottom;
        var freshPageLines = Math.Max(1, (int)Math.Floor((pageHeight - headerHeight - (2 * padding)) / leading));
        EnsureRoom(minimum);
        DrawRow(header, 0, header.Max(l => l.Count), widths, columns, BoldFont, size, leading, padding, style, isHeader: true);

        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"A table row has {row.Count} cells but the table has {columns.Count} columns.", nameof(rows));
            }

            var cells = Wrap(row, widths, Font, size, padding);
            var lineCount = Math.Max(1, cells.Max(l => l.Count));
            var drawn = 0;
            var freshPage = false;
            while (drawn < lineCount)
            {
                var fitting = (int)Math.Floor((RemainingHeight - (2 * padding)) / leading);
                if (freshPage && fitting <= 0)
                {
                    fitting = 1; // a line taller than the page: draw it anyway rather than loop
                }

                var remaining = lineCount - drawn;
                if (fitting >= remaining)
                {
                    DrawRow(cells, drawn, remaining, widths, columns, Font, size, leading, padding, style, isHeader: false);
                    break;
                }

                // Split a row only when it would not fit on a fresh page either.
                if (remaining > freshPageLines && fitting > 0)
                {
                    DrawRow(cells, drawn, fitting, widths, columns, Font, size, leading, padding, style, isHeader: false);
                    drawn += fitting;
                }

                NewPage();
                freshPage = true;
                if (style.RepeatHeader)
                {
                    DrawRow(header, 0, header.Max(l => l.Count), widths, columns, BoldFont, size, leading, padding, style, isHeader: true);
                }
            }
        }

        cursor -= Options.ParagraphSpacing;
    }

    private static List<string>[] Wrap(IReadOnlyList<string> cells, double[] widths, AddedFont font, double size, double padding)
    {
        var wrapped = new List<string>[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            wrapped[i] = [.. LineBreaker.Break(cells[i] ?? string.Empty, font, size, Math.Max(1, widths[i] - (2 * padding)))];
        }

        return wrapped;
    }

    private static double RowHeight(List<string>[] cells, double leading, double padding) =>
        (Math.Max(1, cells.Max(c => c.Count)) * leading) + (2 * padding);

    private void DrawRow(List<string>[] cells, int firstLine, int lineCount, double[] widths, IReadOnlyList<TableColumn> columns, AddedFont font, double size, double leading, double padding, TableStyle style, bool isHeader)
    {
        var height = (lineCount * leading) + (2 * padding);
        var top = cursor;
        var x = Left;
        var page = CurrentPage;
        if (isHeader)
        {
            page.FillRectangle(new PdfRectangle(Left, top - height, ContentWidth, height), style.HeaderBackground);
        }

        page.SetStrokeColor(style.BorderColor);
        var ascent = font.GetAscent(size);
        for (var c = 0; c < cells.Length; c++)
        {
            page.DrawRectangle(new PdfPoint(x, top - height), widths[c], height, 0.5);
            var lines = cells[c];
            for (var l = 0; l < lineCount && firstLine + l < lines.Count; l++)
            {
                var line = lines[firstLine + l];
                var inner = widths[c] - (2 * padding);
                var offset = AlignmentOffset(columns[c].Alignment, inner, font.MeasureText(line, size));
                var baseline = top - padding - (l * leading) - ascent - ((leading - size) / 2);
                page.AddText(line, size, new PdfPoint(x + padding + offset, baseline), font);
            }

            x += widths[c];
        }

        page.SetStrokeColor(PdfColor.Black);
        cursor -= height;
    }
}
