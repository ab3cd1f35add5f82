using Bleiberecht.Pdf.Core;

namespace Bleiberecht.Pdf.Parsing;

/// <summary>
/// Parses one direct object from a <see cref="Lexer"/> with an explicit stack (no recursion), a nesting limit and a
/// per-container size limit. Truncated or unterminated containers are closed leniently, as viewers do.
/// </summary>
internal sealed class ObjectParser(Lexer lexer, int maxDepth, int maxItems, ReadBudget? budget = null)
{
    public Lexer Lexer { get; } = lexer;

    public PdfObject ParseObject()
    {
        var stack = new List<(List<PdfObject> Items, bool IsDictionary)>();
        while (true)
        {
            budget?.Tick();
            var token = Lexer.Next();
            PdfObject? value = null;
            switch (token.Kind)
            {
                case TokenKind.Integer:
                    if (stack.Count == 0)
                    {
                        return (PdfObject?)TryReference(token) ?? new PdfInteger(token.Integer);
                    }

                    value = new PdfInteger(token.Integer);
                    break;
                case TokenKind.Real:
                    value = new PdfReal(token.Real);
                    break;
                case TokenKind.Name:
                    value = new PdfName(token.Text!);
                    break;
                case TokenKind.String:
                    value = new PdfString(token.Bytes!, isHex: false);
                    break;
                case TokenKind.HexString:
                    value = new PdfString(token.Bytes!, isHex: true);
                    break;
                case TokenKind.ArrayStart:
                case TokenKind.DictionaryStart:
                    if (stack.Count >= maxDepth)
                    {
                        throw PdfErrors.TooDeep(maxDepth);
                    }

                    stack.Add((new List<PdfObject>(), token.Kind == TokenKind.DictionaryStart));
                    continue;
                case TokenKind.ArrayEnd:
                case TokenKind.DictionaryEnd:
                    if (stack.Count == 0)
                    {
                        return PdfNull.Instance;
                    }

                    var wantDictionary = token.Kind == TokenKind.DictionaryEnd;
                    if (stack[^1].IsDictionary != wantDictionary)
                    {
                        // Mismatched closer: ignore it (lenient), keep parsing.
                        continue;
                    }

                    value = Close(stack);
                    if (stack.Count == 0)
                    {
                        return value;
                    }

                    break;
                case TokenKind.Keyword:
                    switch (token.Text)
                    {
                        case "true":
                            value = PdfBoolean.True;
                            break;
                        case "false":
                            value = PdfBoolean.False;
                            break;
                        case "null":
                            value = PdfNull.Instance;
                            break;
                        case "R" when stack.Count > 0:
                            var items = stack[^1].Items;
                            if (items.Count >= 2 && items[^2] is PdfInteger n && items[^1] is PdfInteger g
                                && n.Value is > 0 and <= int.MaxValue && g.Value is >= 0 and <= 65535)
                            {
                                items.RemoveRange(items.Count - 2, 2);
                                items.Add(new PdfReference((int)n.Value, (int)g.Value));
                            }

                            continue;
                        default:
                            // Any other keyword (endobj, stream, obj, an operator) ends the object; leave it for the caller.
                            Lexer.Position = token.Start;
                            return stack.Count == 0 ? PdfNull.Instance : CloseAll(stack);
                    }

                    break;
                case TokenKind.EndOfInput:
                    return stack.Count == 0 ? PdfNull.Instance : CloseAll(stack);
                default:
                    continue;
            }

            if (stack.Count == 0)
            {
                return value!;
            }

            var target = stack[^1].Items;
            if (target.Count >= maxItems)
            {
                throw new PdfReadException(PdfReadError.TooManyObjects, $"An array or dictionary holds more than {maxItems} items.");
            }

            target.Add(value!);
        }
    }

    private PdfReference? TryReference(Token first)
    {
        if (first.Integer is <= 0 or > int.MaxValue)
        {
            return null;
        }

        var saved = Lexer.Position;
        var second = Lexer.Next();
        if (second.Kind == TokenKind.Integer && second.Integer is >= 0 and <= 65535)
        {
            var third = Lexer.Next();
            if (third.IsKeyword("R"))
            {
                return new PdfReference((int)first.Integer, (int)second.Integer);
            }
        }

        Lexer.Position = saved;
        return null;
    }

    private static PdfObject CloseAll(List<(List<PdfObject> Items, bool IsDictionary)> stack)
    {
        while (true)
        {
            var value = Close(stack);
            if (stack.Count == 0)
            {
                return value;
            }

            stack[^1].Items.Add(value);
        }
    }

    private static PdfObject Close(List<(List<PdfObject> Items, bool IsDictionary)> stack)
    {
        var (items, isDictionary) = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        if (!isDictionary)
        {
            return new PdfArray(items);
        }

        var entries = new Dictionary<string, PdfObject>(items.Count / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < items.Count;)
        {
            if (items[i] is PdfName key)
            {
                if (items[i + 1] is not PdfNull)
                {
                    entries[key.Value] = items[i + 1];
                }

                i += 2;
            }
            else
            {
                i++;
            }
        }

        return new PdfDictionary(entries);
    }
}
