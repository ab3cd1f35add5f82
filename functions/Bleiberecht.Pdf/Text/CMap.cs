using System.Text;
using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Parsing;

namespace Bleiberecht.Pdf.Text;

/// <summary>
/// A parsed CMap (ToUnicode or an embedded CID CMap): codespace ranges, code → Unicode (bfchar/bfrange) and
/// code → CID (cidchar/cidrange). Sizes are bounded; ranges are kept as ranges, never expanded.
/// </summary>
internal sealed class CMap
{
    private const int MaxEntries = 200_000;
    private readonly List<(int Length, uint Low, uint High)> codespaces = [];
    private readonly Dictionary<uint, string> unicode = [];
    private readonly List<(uint Low, uint High, string? Start, List<string>? Values)> unicodeRanges = [];
    private readonly Dictionary<uint, int> cids = [];
    private readonly List<(uint Low, uint High, int Cid)> cidRanges = [];

    public bool HasCodespaces => codespaces.Count > 0;

    public static CMap Parse(byte[] data, ReadBudget budget)
    {
        var map = new CMap();
        var lexer = new Lexer(data);
        var operands = new List<Token>();
        var entries = 0;
        while (true)
        {
            budget.Tick();
            var token = lexer.Next();
            if (token.Kind == TokenKind.EndOfInput)
            {
                break;
            }

            if (token.Kind == TokenKind.ArrayStart)
            {
                // Arrays occur only as bfrange targets: collect the hex strings inside.
                var values = new List<string>();
                while (true)
                {
                    budget.Tick();
                    var inner = lexer.Next();
                    if (inner.Kind is TokenKind.ArrayEnd or TokenKind.EndOfInput)
                    {
                        break;
                    }

                    if (inner.Kind is TokenKind.HexString or TokenKind.String && entries++ < MaxEntries)
                    {
                        values.Add(Utf16(inner.Bytes!));
                    }
                }

                operands.Add(new Token(TokenKind.ArrayStart, token.Start, Text: string.Join('\u0000', values)));
                continue;
            }

            if (token.Kind != TokenKind.Keyword)
            {
                operands.Add(token);
                if (operands.Count > 3 * MaxEntries)
                {
                    operands.Clear();
                }

                continue;
            }

            switch (token.Text)
            {
                case "endcodespacerange":
                    for (var i = 0; i + 1 < operands.Count; i += 2)
                    {
                        if (operands[i].Bytes is { Length: >= 1 and <= 4 } lo && operands[i + 1].Bytes is { } hi)
                        {
                            map.codespaces.Add((lo.Length, Value(lo), Value(hi)));
                        }
                    }

                    break;
                case "endbfchar":
                    for (var i = 0; i + 1 < operands.Count && entries++ < MaxEntries; i += 2)
                    {
                        if (operands[i].Bytes is { Length: >= 1 and <= 4 } src)
                        {
                            var dst = operands[i + 1];
                            var text = dst.Bytes is { } b ? Utf16(b) : dst.Kind == TokenKind.Name ? GlyphNames.ToUnicode(dst.Text!) ?? "" : "";
                            map.unicode[Value(src)] = text;
                        }
                    }

                    break;
                case "endbfrange":
                    for (var i = 0; i + 2 < operands.Count && entries++ < MaxEntries; i += 3)
                    {
                        if (operands[i].Bytes is { Length: >= 1 and <= 4 } lo && operands[i + 1].Bytes is { Length: >= 1 and <= 4 } hi)
                        {
                            var dst = operands[i + 2];
                            var low = Value(lo);
                            var high = Math.Max(low, Value(hi));
                            if (dst.Kind == TokenKind.ArrayStart)
                            {
                                map.unicodeRanges.Add((low, high, null, dst.Text!.Split('\u0000').ToList()));
                            }
                            else if (dst.Bytes is { } start)
                            {
                                map.unicodeRanges.Add((low, high, Utf16(start), null));
                            }
                        }
                    }

                    break;
                case "endcidchar":
                    for (var i = 0; i + 1 < operands.Count && entries++ < MaxEntries; i += 2)
                    {
                        if (operands[i].Bytes is { Length: >= 1 and <= 4 } src && operands[i + 1].Kind == TokenKind.Integer)
                        {
                            map.cids[Value(src)] = (int)Math.Clamp(operands[i + 1].Integer, 0, 65535);
                        }
                    }

                    break;
                case "endcidrange":
                    for (var i = 0; i + 2 < operands.Count && entries++ < MaxEntries; i += 3)
                    {
                        if (operands[i].Bytes is { Length: >= 1 and <= 4 } lo && operands[i + 1].Bytes is { Length: >= 1 and <= 4 } hi && operands[i + 2].Kind == TokenKind.Integer)
                        {
                            map.cidRanges.Add((Value(lo), Value(hi), (int)Math.Clamp(operands[i + 2].Integer, 0, 65535)));
                        }
                    }

                    break;
                default:
                    break;
            }

            operands.Clear();
        }

        return map;
    }

    /// <summary>Reads one character code at <paramref name="position"/> using the codespace ranges (1 byte when none match).</summary>
    public (uint Code, int Length) ReadCode(ReadOnlySpan<byte> bytes, int position, int fallbackLength)
    {
        uint value = 0;
        for (var length = 1; length <= 4 && position + length <= bytes.Length; length++)
        {
            value = (value << 8) | bytes[position + length - 1];
            foreach (var (l, low, high) in codespaces)
            {
                if (l == length && value >= low && value <= high)
                {
                    return (value, length);
                }
            }
        }

        var n = Math.Min(fallbackLength, bytes.Length - position);
        value = 0;
        for (var i = 0; i < n; i++)
        {
            value = (value << 8) | bytes[position + i];
        }

        return (value, Math.Max(1, n));
    }

    public string? Lookup(uint code)
    {
        if (unicode.TryGetValue(code, out var text))
        {
            return text;
        }

        foreach (var (low, high, start, values) in unicodeRanges)
        {
            if (code < low || code > high)
            {
                continue;
            }

            var offset = (int)(code - low);
            if (values is not null)
            {
                return offset < values.Count ? values[offset] : null;
            }

            if (string.IsNullOrEmpty(start))
            {
                return null;
            }

            var chars = start.ToCharArray();
            chars[^1] = (char)(chars[^1] + offset);
            return new string(chars);
        }

        return null;
    }

    public int? Cid(uint code)
    {
        if (cids.TryGetValue(code, out var cid))
        {
            return cid;
        }

        foreach (var (low, high, start) in cidRanges)
        {
            if (code >= low && code <= high)
            {
                return start + (int)(code - low);
            }
        }

        return null;
    }

    private static uint Value(byte[] bytes)
    {
        uint value = 0;
        foreach (var b in bytes.AsSpan(0, Math.Min(4, bytes.Length)))
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private static string Utf16(byte[] bytes)
    {
        if (bytes.Length == 1)
        {
            return ((char)bytes[0]).ToString();
        }

        var text = Encoding.BigEndianUnicode.GetString(bytes, 0, bytes.Length & ~1);
        return text.Replace("\uFEFF", "", StringComparison.Ordinal);
    }
}
