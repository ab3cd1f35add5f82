using System.Globalization;
using System.Text;

namespace Bleiberecht.Pdf.Parsing;

/// <summary>Tokenizer for PDF object syntax (PDF 32000-1 7.2–7.3). Never recurses; every loop advances.</summary>
internal sealed class Lexer(ReadOnlyMemory<byte> data)
{
    private const int MaxTokenLength = 1 << 16;

    public ReadOnlyMemory<byte> Data { get; } = data;

    public int Position { get; set; }

    public int Length => Data.Length;

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    public void SkipWhitespaceAndComments()
    {
        var span = Data.Span;
        while (Position < span.Length)
        {
            var b = span[Position];
            if (IsWhitespace(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < span.Length && span[Position] != '\n' && span[Position] != '\r')
                {
                    Position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    public Token Peek()
    {
        var saved = Position;
        var token = Next();
        Position = saved;
        return token;
    }

    public Token Next()
    {
        SkipWhitespaceAndComments();
        var span = Data.Span;
        var start = Position;
        if (Position >= span.Length)
        {
            return new Token(TokenKind.EndOfInput, start);
        }

        var b = span[Position];
        switch (b)
        {
            case (byte)'[':
                Position++;
                return new Token(TokenKind.ArrayStart, start);
            case (byte)']':
                Position++;
                return new Token(TokenKind.ArrayEnd, start);
            case (byte)'{' or (byte)'}':
                Position++;
                return new Token(TokenKind.Keyword, start, Text: b == '{' ? "{" : "}");
            case (byte)'<':
                if (Position + 1 < span.Length && span[Position + 1] == '<')
                {
                    Position += 2;
                    return new Token(TokenKind.DictionaryStart, start);
                }

                return ReadHexString(start);
            case (byte)'>':
                Position++;
                if (Position < span.Length && span[Position] == '>')
                {
                    Position++;
                    return new Token(TokenKind.DictionaryEnd, start);
                }

                return new Token(TokenKind.Keyword, start, Text: ">");
            case (byte)'(':
                return ReadLiteralString(start);
            case (byte)')':
                Position++;
                return new Token(TokenKind.Keyword, start, Text: ")");
            case (byte)'/':
                return ReadName(start);
            default:
                break;
        }

        if (b is (byte)'+' or (byte)'-' or (byte)'.' || (b >= '0' && b <= '9'))
        {
            var number = TryReadNumber(start);
            if (number is { } t)
            {
                return t;
            }
        }

        while (Position < span.Length && IsRegular(span[Position]) && Position - start < MaxTokenLength)
        {
            Position++;
        }

        if (Position == start)
        {
            Position++;
        }

        return new Token(TokenKind.Keyword, start, Text: Encoding.Latin1.GetString(span[start..Position]));
    }

    private Token? TryReadNumber(int start)
    {
        var span = Data.Span;
        var i = start;
        if (span[i] is (byte)'+' or (byte)'-')
        {
            i++;
        }

        var digits = 0;
        var dot = false;
        while (i < span.Length && (IsDigit(span[i]) || (span[i] == '.' && !dot)))
        {
            if (span[i] == '.')
            {
                dot = true;
            }
            else
            {
                digits++;
            }

            i++;
        }

        // Tolerate junk like "1.2.3" or "--5" the way readers do: the number ends at the first irregular character.
        while (i < span.Length && (span[i] is (byte)'.' or (byte)'-' || IsDigit(span[i])))
        {
            i++;
        }

        if (digits == 0 || (i < span.Length && IsRegular(span[i])))
        {
            return null;
        }

        Position = i;
        var text = span[start..i];
        if (!dot && digits <= 18 && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new Token(TokenKind.Integer, start, Integer: integer);
        }

        var clean = new StringBuilder();
        var seenDot = false;
        for (var k = 0; k < text.Length; k++)
        {
            var c = (char)text[k];
            if (c == '.')
            {
                if (seenDot)
                {
                    break;
                }

                seenDot = true;
            }
            else if (c is '-' or '+' && k > 0)
            {
                break;
            }

            clean.Append(c);
        }

        _ = double.TryParse(clean.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real);
        return new Token(TokenKind.Real, start, Real: double.IsFinite(real) ? real : 0);
    }

    private static bool IsDigit(byte b) => b >= '0' && b <= '9';

    private Token ReadName(int start)
    {
        var span = Data.Span;
        Position++;
        var bytes = new List<byte>();
        while (Position < span.Length && IsRegular(span[Position]) && bytes.Count < MaxTokenLength)
        {
            var c = span[Position];
            if (c == '#' && Position + 2 < span.Length && HexValue(span[Position + 1]) >= 0 && HexValue(span[Position + 2]) >= 0)
            {
                bytes.Add((byte)((HexValue(span[Position + 1]) << 4) | HexValue(span[Position + 2])));
                Position += 3;
            }
            else
            {
                bytes.Add(c);
                Position++;
            }
        }

        return new Token(TokenKind.Name, start, Text: Encoding.Latin1.GetString(bytes.ToArray()));
    }

    private Token ReadHexString(int start)
    {
        var span = Data.Span;
        Position++;
        var bytes = new List<byte>();
        var high = -1;
        while (Position < span.Length && span[Position] != '>')
        {
            var v = HexValue(span[Position]);
            Position++;
            if (v < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                bytes.Add((byte)((high << 4) | v));
                high = -1;
            }
        }

        if (high >= 0)
        {
            bytes.Add((byte)(high << 4));
        }

        if (Position < span.Length)
        {
            Position++;
        }

        return new Token(TokenKind.HexString, start, Bytes: bytes.ToArray());
    }

    private Token ReadLiteralString(int start)
    {
        var span = Data.Span;
        Position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (Position < span.Length)
        {
            var c = span[Position++];
            if (c == '(')
            {
                depth++;
                bytes.Add(c);
            }
            else if (c == ')')
            {
                if (--depth == 0)
                {
                    break;
                }

                bytes.Add(c);
            }
            else if (c == '\\' && Position < span.Length)
            {
                var e = span[Position++];
                switch (e)
                {
                    case (byte)'n': bytes.Add(10); break;
                    case (byte)'r': bytes.Add(13); break;
                    case (byte)'t': bytes.Add(9); break;
                    case (byte)'b': bytes.Add(8); break;
                    case (byte)'f': bytes.Add(12); break;
                    case (byte)'\r':
                        if (Position < span.Length && span[Position] == '\n')
                        {
                            Position++;
                        }

                        break;
                    case (byte)'\n':
                        break;
                    case >= (byte)'0' and <= (byte)'7':
                        var value = e - '0';
                        for (var k = 0; k < 2 && Position < span.Length && span[Position] >= '0' && span[Position] <= '7'; k++)
                        {
                            value = (value * 8) + (span[Position++] - '0');
                        }

                        bytes.Add((byte)value);
                        break;
                    default:
                        bytes.Add(e);
                        break;
                }
            }
            else if (c == '\r')
            {
                // End-of-line in a literal string reads as a single LF.
                bytes.Add(10);
                if (Position < span.Length && span[Position] == '\n')
                {
                    Position++;
                }
            }
            else
            {
                bytes.Add(c);
            }
        }

        return new Token(TokenKind.String, start, Bytes: bytes.ToArray());
    }

    public static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
