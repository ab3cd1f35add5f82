using System.Globalization;

namespace Bleiberecht.Pdf.Core;

/// <summary>Parses PDF date strings (<c>D:YYYYMMDDHHmmSSOHH'mm'</c>), tolerant of missing parts.</summary>
internal static class PdfDates
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim();
        if (s.StartsWith("D:", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        int Part(int start, int length, int fallback) =>
            s.Length >= start + length && int.TryParse(s.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;

        var year = Part(0, 4, -1);
        if (year is < 1 or > 9999)
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        if (s.Length > 14 && s[14] is '+' or '-')
        {
            var hours = Part(15, 2, 0);
            var minutes = s.Length >= 20 && s[17] == '\'' ? Part(18, 2, 0) : 0;
            offset = new TimeSpan(hours, minutes, 0);
            if (s[14] == '-')
            {
                offset = -offset;
            }
        }

        try
        {
            return new DateTimeOffset(year, Math.Clamp(Part(4, 2, 1), 1, 12), Math.Clamp(Part(6, 2, 1), 1, 28 + 3), Part(8, 2, 0), Part(10, 2, 0), Part(12, 2, 0), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
