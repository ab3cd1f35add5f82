using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>
/// RFC 2047 encoded words (<c>=?charset?B|Q?text?=</c>), read leniently: also inside quoted strings and next to
/// other text (as Outlook writes file names); adjacent words of one charset are joined before decoding, so a
/// character split across two words survives.
/// </summary>
internal static class EncodedWords
{
    private const int MaxCharsetLength = 64;
    private const int MaxEncodedTextLength = 2048;

    public static string Decode(string text, ReadContext? context)
    {
        if (!text.Contains("=?", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var gap = new StringBuilder();
        var pending = new List<byte>();
        string? pendingCharset = null;
        var lastWasWord = false;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '=' && i + 1 < text.Length && text[i + 1] == '?' && TryParseWord(text, i, out var end, out var charset, out var bytes))
            {
                var onlySpace = lastWasWord && IsWhiteSpace(gap);
                if (!onlySpace)
                {
                    Flush();
                    result.Append(gap);
                }
                else if (!string.Equals(charset, pendingCharset, StringComparison.OrdinalIgnoreCase))
                {
                    Flush();
                }

                gap.Clear();
                pendingCharset = charset;
                pending.AddRange(bytes);
                lastWasWord = true;
                i = end;
                continue;
            }

            gap.Append(text[i]);
            i++;
        }

        Flush();
        result.Append(gap);
        return result.ToString();

        void Flush()
        {
            if (pending.Count > 0)
            {
                result.Append(Charsets.Decode([.. pending], pendingCharset, context));
            }

            pending.Clear();
        }
    }

    private static bool TryParseWord(string text, int start, out int end, out string charset, out byte[] bytes)
    {
        end = 0;
        charset = "";
        bytes = [];
        var q1 = text.IndexOf('?', start + 2, Math.Min(MaxCharsetLength + 1, text.Length - start - 2));
        if (q1 <= start + 2 || q1 + 3 >= text.Length || text[q1 + 2] != '?')
        {
            return false;
        }

        var encoding = char.ToUpperInvariant(text[q1 + 1]);
        if (encoding is not ('B' or 'Q'))
        {
            return false;
        }

        var textStart = q1 + 3;
        var limit = Math.Min(text.Length - 1, textStart + MaxEncodedTextLength);
        var close = -1;
        for (var j = textStart; j < limit; j++)
        {
            var c = text[j];
            if (c is ' ' or '\t')
            {
                return false;
            }

            if (c == '?' && text[j + 1] == '=')
            {
                close = j;
                break;
            }
        }

        if (close < 0)
        {
            return false;
        }

        charset = text[(start + 2)..q1];
        var star = charset.IndexOf('*', StringComparison.Ordinal);
        if (star >= 0)
        {
            charset = charset[..star];
        }

        var encoded = Encoding.Latin1.GetBytes(text[textStart..close]);
        bytes = encoding == 'B' ? TransferDecoder.DecodeBase64(encoded, out _) : DecodeQ(encoded);
        end = close + 2;
        return true;
    }

    private static byte[] DecodeQ(byte[] encoded)
    {
        var output = new byte[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == (byte)'_')
            {
                output[length++] = (byte)' ';
            }
            else if (b == (byte)'=' && i + 2 < encoded.Length && Uri.IsHexDigit((char)encoded[i + 1]) && Uri.IsHexDigit((char)encoded[i + 2]))
            {
                output[length++] = (byte)Convert.ToInt32(Encoding.ASCII.GetString(encoded, i + 1, 2), 16);
                i += 2;
            }
            else
            {
                output[length++] = b;
            }
        }

        return output.AsSpan(0, length).ToArray();
    }

    private static bool IsWhiteSpace(StringBuilder gap)
    {
        for (var i = 0; i < gap.Length; i++)
        {
            if (!char.IsWhiteSpace(gap[i]))
            {
                return false;
            }
        }

        return true;
    }
}
