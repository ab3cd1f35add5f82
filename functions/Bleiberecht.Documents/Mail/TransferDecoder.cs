using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Bleiberecht.Documents.Mail;

/// <summary>Content-Transfer-Encoding decoders: lenient, linear, never throwing on bad data.</summary>
internal static class TransferDecoder
{
    public static ReadOnlyMemory<byte> Decode(ReadOnlyMemory<byte> body, string? transferEncoding, ReadContext context)
    {
        var name = transferEncoding?.Trim().Trim('"').ToLowerInvariant() ?? "";
        switch (name)
        {
            case "" or "7bit" or "8bit" or "binary" or "7-bit" or "8-bit":
                return body;
            case "base64":
                return DecodeBase64(body.Span, out var invalid) is var bytes && invalid > 0
                    ? Warn(bytes, context, "base64 data contained invalid characters; they were skipped.")
                    : bytes;
            case "quoted-printable":
                return DecodeQuotedPrintable(body.Span, out var bad) is var text && bad > 0
                    ? Warn(text, context, "quoted-printable data contained invalid escapes; they were kept as text.")
                    : text;
            case "x-uuencode" or "uuencode" or "x-uue":
                return DecodeUuencode(body.Span);
            default:
                context.Warn(MailWarningCode.UnknownTransferEncoding, $"Unknown Content-Transfer-Encoding '{(name.Length > 40 ? name[..40] : name)}'; the bytes were taken as they are.");
                return body;
        }
    }

    /// <summary>Base64 ignoring white space and invalid characters; padding ends a quantum, so concatenated blocks decode too.</summary>
    public static byte[] DecodeBase64(ReadOnlySpan<byte> input, out int invalid)
    {
        var output = new byte[(input.Length / 4 * 3) + 3];

        // Fast path: well-formed base64 with line breaks (vectorized, white space skipped); anything else decodes leniently below.
        if (Base64.DecodeFromUtf8(input, output, out var consumed, out var written) == OperationStatus.Done && consumed == input.Length)
        {
            invalid = 0;
            return output.AsSpan(0, written).ToArray();
        }

        var length = 0;
        var quantum = 0;
        var count = 0;
        invalid = 0;
        foreach (var b in input)
        {
            var value = b switch
            {
                >= (byte)'A' and <= (byte)'Z' => b - 'A',
                >= (byte)'a' and <= (byte)'z' => b - 'a' + 26,
                >= (byte)'0' and <= (byte)'9' => b - '0' + 52,
                (byte)'+' or (byte)'-' => 62,
                (byte)'/' or (byte)'_' => 63,
                (byte)'=' => -2,
                (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' => -3,
                _ => -1,
            };
            if (value >= 0)
            {
                quantum = (quantum << 6) | value;
                if (++count == 4)
                {
                    output[length++] = (byte)(quantum >> 16);
                    output[length++] = (byte)(quantum >> 8);
                    output[length++] = (byte)quantum;
                    quantum = 0;
                    count = 0;
                }
            }
            else if (value == -2)
            {
                length = FlushPartial(output, length, quantum, count);
                quantum = 0;
                count = 0;
            }
            else if (value == -1)
            {
                invalid++;
            }
        }

        if (count == 1)
        {
            invalid++;
        }

        length = FlushPartial(output, length, quantum, count);
        return output.AsSpan(0, length).ToArray();
    }

    public static byte[] DecodeQuotedPrintable(ReadOnlySpan<byte> input, out int invalid)
    {
        var output = new byte[input.Length];
        var length = 0;
        invalid = 0;
        var i = 0;
        while (i < input.Length)
        {
            var b = input[i];
            if (b == (byte)'=')
            {
                if (i + 2 < input.Length && IsHex(input[i + 1]) && IsHex(input[i + 2]))
                {
                    output[length++] = (byte)((HexValue(input[i + 1]) << 4) | HexValue(input[i + 2]));
                    i += 3;
                    continue;
                }

                // Soft line break: "=" then optional white space, then CRLF or LF (or the end).
                var j = i + 1;
                while (j < input.Length && input[j] is (byte)' ' or (byte)'\t')
                {
                    j++;
                }

                if (j == input.Length || input[j] == (byte)'\n')
                {
                    i = Math.Min(j + 1, input.Length);
                    continue;
                }

                if (input[j] == (byte)'\r' && (j + 1 == input.Length || input[j + 1] == (byte)'\n'))
                {
                    i = Math.Min(j + 2, input.Length);
                    continue;
                }

                invalid++;
                output[length++] = b;
                i++;
                continue;
            }

            if (b is (byte)' ' or (byte)'\t')
            {
                // Trailing white space on a line was added in transport and is dropped (RFC 2045 6.7).
                var j = i;
                while (j < input.Length && input[j] is (byte)' ' or (byte)'\t')
                {
                    j++;
                }

                if (j < input.Length && input[j] is not ((byte)'\r' or (byte)'\n'))
                {
                    input[i..j].CopyTo(output.AsSpan(length));
                    length += j - i;
                }

                i = j;
                continue;
            }

            output[length++] = b;
            i++;
        }

        return output.AsSpan(0, length).ToArray();
    }

    /// <summary>Decodes the first uuencoded block ("begin MODE NAME" … "end"); no block: the input as is.</summary>
    public static byte[] DecodeUuencode(ReadOnlySpan<byte> input) => DecodeUuencode(input, out _) ?? input.ToArray();

    /// <summary>Decodes the first uuencoded block; null when there is none. <paramref name="fileName"/> is the name on the begin line.</summary>
    public static byte[]? DecodeUuencode(ReadOnlySpan<byte> input, out string? fileName)
    {
        fileName = null;
        var pos = 0;
        var output = new List<byte>();
        var inBlock = false;
        while (pos < input.Length)
        {
            var next = HeaderBlock.NextLine(input, pos);
            var line = input[pos..HeaderBlock.ContentEnd(input, pos, next)];
            pos = next;
            if (!inBlock)
            {
                if (line.StartsWith("begin "u8))
                {
                    var parts = Encoding.ASCII.GetString(line).Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                    fileName = parts.Length == 3 ? parts[2].Trim() : null;
                    inBlock = true;
                }

                continue;
            }

            if (line.SequenceEqual("end"u8) || line.IsEmpty)
            {
                return [.. output];
            }

            var count = (line[0] - 32) & 63;
            for (var i = 1; i < line.Length && count > 0; i += 4)
            {
                var c0 = At(line, i);
                var c1 = At(line, i + 1);
                var c2 = At(line, i + 2);
                var c3 = At(line, i + 3);
                var bytes = new[] { (byte)((c0 << 2) | (c1 >> 4)), (byte)((c1 << 4) | (c2 >> 2)), (byte)((c2 << 6) | c3) };
                for (var k = 0; k < 3 && count > 0; k++, count--)
                {
                    output.Add(bytes[k]);
                }
            }
        }

        return inBlock ? [.. output] : null;
    }

    private static int At(ReadOnlySpan<byte> line, int i) => i < line.Length ? (line[i] - 32) & 63 : 0;

    private static int FlushPartial(byte[] output, int length, int quantum, int count)
    {
        if (count == 2)
        {
            output[length++] = (byte)(quantum >> 4);
        }
        else if (count == 3)
        {
            output[length++] = (byte)(quantum >> 10);
            output[length++] = (byte)(quantum >> 2);
        }

        return length;
    }

    private static byte[] Warn(byte[] bytes, ReadContext context, string detail)
    {
        context.Warn(MailWarningCode.InvalidEncodedData, detail);
        return bytes;
    }

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'A' and <= (byte)'F') or (>= (byte)'a' and <= (byte)'f');

    private static int HexValue(byte b) => b <= (byte)'9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
