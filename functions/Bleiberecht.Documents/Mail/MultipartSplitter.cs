using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>Finds the body parts of a multipart between its boundary delimiter lines (RFC 2046 5.1.1), CRLF or bare LF.</summary>
internal static class MultipartSplitter
{
    /// <summary>The parts as (start, length) within <paramref name="body"/>; every part found is counted against the part limit at once.</summary>
    public static List<(int Start, int Length)> Split(ReadOnlySpan<byte> body, string boundary, ReadContext context)
    {
        var delimiter = Encoding.UTF8.GetBytes("--" + boundary);
        var parts = new List<(int Start, int Length)>();
        var partStart = -1;
        var closed = false;
        var pos = 0;
        var lines = 0;
        while (pos < body.Length)
        {
            var next = HeaderBlock.NextLine(body, pos);
            if (body[pos] == (byte)'-' && body[pos..].StartsWith(delimiter))
            {
                var contentEnd = HeaderBlock.ContentEnd(body, pos, next);
                var after = pos + delimiter.Length;
                if (after > contentEnd)
                {
                    pos = next;
                    continue;
                }

                var isClose = after + 2 <= contentEnd && body[after] == (byte)'-' && body[after + 1] == (byte)'-';
                if (isClose || body[after..contentEnd].Trim(" \t"u8).IsEmpty)
                {
                    if (partStart >= 0)
                    {
                        var end = pos;
                        if (end > partStart && body[end - 1] == (byte)'\n')
                        {
                            end--;
                            if (end > partStart && body[end - 1] == (byte)'\r')
                            {
                                end--;
                            }
                        }

                        parts.Add((partStart, end - partStart));
                        context.AddPart();
                    }

                    if (isClose)
                    {
                        closed = true;
                        break;
                    }

                    partStart = next;
                }
            }

            if (++lines % 4096 == 0)
            {
                context.CheckBudget();
            }

            pos = next;
        }

        if (!closed && partStart >= 0)
        {
            parts.Add((partStart, body.Length - partStart));
            context.AddPart();
            context.Warn(MailWarningCode.MissingFinalBoundary, "A multipart's closing boundary is missing; its last part runs to the end.");
        }

        if (parts.Count == 0)
        {
            context.Warn(MailWarningCode.EmptyMultipart, "A multipart contains no parts (boundary not found).");
        }

        return parts;
    }
}
