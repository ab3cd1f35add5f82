using Bleiberecht.Pdf.Core;
using Bleiberecht.Pdf.Parsing;
using Bleiberecht.Pdf.Text;

namespace Bleiberecht.Pdf.Content;

/// <summary>
/// Interprets content streams for text: graphics state stack, text state and matrices, text-showing operators,
/// form XObjects (depth-limited, cycle-checked) and image counting; painted paths are kept with their bounds (for
/// ticks on flattened forms). Bounded by the operator limit and the time budget.
/// </summary>
internal sealed class ContentInterpreter(PdfFile file, Dictionary<PdfDictionary, FontDecoder> fonts)
{
    private const int MaxStateStack = 1024;
    private const int MaxPaths = 100_000;
    private readonly List<Glyph> glyphs = [];
    private readonly List<PdfObject> operands = [];
    private readonly HashSet<PdfStream> formPath = new(ReferenceEqualityComparer.Instance);
    private readonly PathBuilder path = new();
    private int operations;

    public List<Letter> Letters { get; } = [];

    /// <summary>Visible painted paths (at most <see cref="MaxPaths"/>; more are not kept).</summary>
    public List<PagePath> Paths { get; } = [];

    public int ImageCount { get; private set; }

    public void Run(byte[] content, PdfDictionary? resources, GraphicsState initial, int depth = 0)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var maxOps = file.Options.MaxOperationsPerPage;
        var state = initial;
        var stack = new Stack<GraphicsState>();
        var tm = Matrix.Identity;
        var tlm = Matrix.Identity;
        var lexer = new Lexer(content);
        var parser = new ObjectParser(lexer, file.Options.MaxNestingDepth, 65536, file.Budget);
        operands.Clear();
        var marked = new List<(int LetterStart, string? ActualText)>();
        var markedOverflow = 0;
        while (true)
        {
            file.Budget.Tick();
            var token = lexer.Next();
            if (token.Kind == TokenKind.EndOfInput)
            {
                break;
            }

            if (token.Kind != TokenKind.Keyword || token.Text is "true" or "false" or "null")
            {
                PdfObject? operand = token.Kind switch
                {
                    TokenKind.Integer => new PdfInteger(token.Integer),
                    TokenKind.Real => new PdfReal(token.Real),
                    TokenKind.Name => new PdfName(token.Text!),
                    TokenKind.String => new PdfString(token.Bytes!, isHex: false),
                    TokenKind.HexString => new PdfString(token.Bytes!, isHex: true),
                    TokenKind.ArrayStart or TokenKind.DictionaryStart => null,
                    TokenKind.Keyword => token.Text == "null" ? PdfNull.Instance : token.Text == "true" ? PdfBoolean.True : PdfBoolean.False,
                    _ => PdfNull.Instance,
                };
                if (operand is null)
                {
                    lexer.Position = token.Start;
                    operand = parser.ParseObject();
                }

                if (token.Kind is TokenKind.ArrayEnd or TokenKind.DictionaryEnd)
                {
                    continue;
                }

                operands.Add(operand);
                if (operands.Count > 4096)
                {
                    operands.Clear();
                }

                continue;
            }

            if (++operations > maxOps)
            {
                throw new PdfReadException(PdfReadError.ContentTooComplex, $"A page needs more than {maxOps} content operators.");
            }

            var op = token.Text!;
            switch (op)
            {
                case "q":
                    if (stack.Count < MaxStateStack)
                    {
                        stack.Push(state.Clone());
                    }

                    break;
                case "Q":
                    if (stack.Count > 0)
                    {
                        state = stack.Pop();
                    }

                    break;
                case "cm" when Numbers(6) is { } m:
                    var cm = new Matrix(m[0], m[1], m[2], m[3], m[4], m[5]);
                    if (cm.Multiply(state.Ctm) is { IsFinite: true } product)
                    {
                        state.Ctm = product;
                    }

                    break;
                case "BT":
                    tm = tlm = Matrix.Identity;
                    break;
                case "Tc" when Numbers(1) is { } n:
                    state.CharacterSpacing = n[0];
                    break;
                case "Tw" when Numbers(1) is { } n:
                    state.WordSpacing = n[0];
                    break;
                case "Tz" when Numbers(1) is { } n:
                    state.HorizontalScale = n[0] / 100;
                    break;
                case "TL" when Numbers(1) is { } n:
                    state.Leading = n[0];
                    break;
                case "Ts" when Numbers(1) is { } n:
                    state.Rise = n[0];
                    break;
                case "Tf" when operands.Count >= 2:
                    state.Font = Font(resources, operands[^2].AsName());
                    state.FontSize = operands[^1].AsNumber() ?? state.FontSize;
                    break;
                case "Td" when Numbers(2) is { } n:
                    tm = tlm = Matrix.Translation(n[0], n[1]).Multiply(tlm);
                    break;
                case "TD" when Numbers(2) is { } n:
                    state.Leading = -n[1];
                    tm = tlm = Matrix.Translation(n[0], n[1]).Multiply(tlm);
                    break;
                case "Tm" when Numbers(6) is { } n:
                    tm = tlm = new Matrix(n[0], n[1], n[2], n[3], n[4], n[5]);
                    break;
                case "T*":
                    tm = tlm = Matrix.Translation(0, -state.Leading).Multiply(tlm);
                    break;
                case "Tj" when operands.Count >= 1 && operands[^1] is PdfString s:
                    Show(s.Bytes, state, ref tm);
                    break;
                case "'" when operands.Count >= 1 && operands[^1] is PdfString s:
                    tm = tlm = Matrix.Translation(0, -state.Leading).Multiply(tlm);
                    Show(s.Bytes, state, ref tm);
                    break;
                case "\"" when operands.Count >= 3 && operands[^1] is PdfString s:
                    state.WordSpacing = operands[^3].AsNumber() ?? state.WordSpacing;
                    state.CharacterSpacing = operands[^2].AsNumber() ?? state.CharacterSpacing;
                    tm = tlm = Matrix.Translation(0, -state.Leading).Multiply(tlm);
                    Show(s.Bytes, state, ref tm);
                    break;
                case "TJ" when operands.Count >= 1 && operands[^1] is PdfArray array:
                    foreach (var item in array.Items)
                    {
                        if (item is PdfString part)
                        {
                            Show(part.Bytes, state, ref tm);
                        }
                        else if (item.AsNumber() is { } adjust)
                        {
                            var tx = -adjust / 1000 * state.FontSize * state.HorizontalScale;
                            tm = Matrix.Translation(tx, 0).Multiply(tm);
                        }
                    }

                    break;
                case "Do" when operands.Count >= 1 && operands[^1] is PdfName name:
                    DrawXObject(resources, name.Value, state, depth);
                    break;
                case "BMC" or "BDC":
                    if (marked.Count < MaxStateStack)
                    {
                        marked.Add((Letters.Count, op == "BDC" ? ActualText(resources, operands.Count > 0 ? operands[^1] : null) : null));
                    }
                    else
                    {
                        markedOverflow++;
                    }

                    break;
                case "EMC":
                    if (markedOverflow > 0)
                    {
                        markedOverflow--;
                    }
                    else if (marked.Count > 0)
                    {
                        var (start, actualText) = marked[^1];
                        marked.RemoveAt(marked.Count - 1);
                        ReplaceWithActualText(start, actualText);
                    }

                    break;
                case "m" when Numbers(2) is { } n:
                    path.MoveTo(state.Ctm, n[0], n[1]);
                    break;
                case "l" when Numbers(2) is { } n:
                    path.LineTo(state.Ctm, n[0], n[1]);
                    break;
                case "c" when Numbers(6) is { } n:
                    path.CurveTo(state.Ctm, n);
                    break;
                case "v" or "y" when Numbers(4) is { } n:
                    path.CurveTo(state.Ctm, n);
                    break;
                case "re" when Numbers(4) is { } n:
                    path.Rectangle(state.Ctm, n[0], n[1], n[2], n[3]);
                    break;
                case "h":
                    path.ClosePath();
                    break;
                case "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" or "n":
                    Paint(op, state);
                    break;
                case "w" when Numbers(1) is { } n:
                    state.LineWidth = Math.Abs(n[0]);
                    break;
                case "g" or "G" or "rg" or "RG" or "k" or "K" or "sc" or "SC" or "scn" or "SCN" or "cs" or "CS":
                    SetColour(op, state);
                    break;
                case "BI":
                    SkipInlineImage(lexer);
                    ImageCount++;
                    break;
                default:
                    break;
            }

            operands.Clear();
        }
    }

    private void Paint(string op, GraphicsState state)
    {
        if (op is "s" or "b" or "b*")
        {
            path.ClosePath();
        }

        var stroke = op is "S" or "s" or "B" or "B*" or "b" or "b*";
        var fill = op is "f" or "F" or "f*" or "B" or "B*" or "b" or "b*";
        if (path.Paint(stroke, fill, state) is { } painted && Paths.Count < MaxPaths)
        {
            Paths.Add(painted);
        }
    }

    // Only "is it white" matters (white paint is invisible on paper): gray 1, RGB 1 1 1, CMYK 0 0 0 0.
    private void SetColour(string op, GraphicsState state)
    {
        var stroking = char.IsUpper(op[0]);
        bool white;
        if (op is "cs" or "CS")
        {
            white = false; // a new colour space starts black
        }
        else
        {
            var components = operands.Select(o => o.AsNumber()).TakeWhile(v => v is not null).Select(v => v!.Value).ToList();
            white = components.Count switch
            {
                1 or 3 => components.All(v => v >= 0.99),
                4 => op is "k" or "K" or "sc" or "SC" or "scn" or "SCN" ? components.All(v => v <= 0.01) : false,
                _ => false,
            };
        }

        if (stroking)
        {
            state.StrokeWhite = white;
        }
        else
        {
            state.FillWhite = white;
        }
    }

    private string? ActualText(PdfDictionary? resources, PdfObject? properties)
    {
        var dictionary = properties switch
        {
            PdfDictionary d => d,
            PdfName name => file.ResolveDictionary(file.ResolveDictionary(resources?.Get("Properties"))?.Get(name.Value)),
            _ => null,
        };
        return file.Resolve(dictionary?.Get("ActualText")) is PdfString text ? text.ToText() : null;
    }

    // /ActualText replaces the glyphs of its marked-content sequence (small caps, ligatures, hyphenation) with the real text.
    private void ReplaceWithActualText(int start, string? actualText)
    {
        if (actualText is null || start >= Letters.Count)
        {
            return;
        }

        var first = Letters[start];
        var last = Letters[^1];
        var width = last.Y == first.Y ? last.EndX - first.X : Letters.Skip(start).Sum(l => l.Width);
        Letters.RemoveRange(start, Letters.Count - start);
        Letters.Add(new Letter(actualText, first.X, first.Y, width, first.FontSize, first.FontName));
    }

    private double[]? Numbers(int count)
    {
        if (operands.Count < count)
        {
            return null;
        }

        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (operands[operands.Count - count + i].AsNumber() is not { } v)
            {
                return null;
            }

            values[i] = v;
        }

        return values;
    }

    private FontDecoder? Font(PdfDictionary? resources, string? name)
    {
        if (name is null || file.ResolveDictionary(file.ResolveDictionary(resources?.Get("Font"))?.Get(name)) is not { } font)
        {
            return null;
        }

        if (!fonts.TryGetValue(font, out var decoder))
        {
            decoder = FontDecoder.Create(font, file);
            fonts[font] = decoder;
        }

        return decoder;
    }

    private void Show(byte[] bytes, GraphicsState state, ref Matrix tm)
    {
        var font = state.Font ?? FontDecoder.Create(null, file);
        if (Letters.Count + (long)bytes.Length > file.Options.MaxLettersPerPage)
        {
            throw new PdfReadException(PdfReadError.ContentTooComplex, $"A page draws more than {file.Options.MaxLettersPerPage} letters.");
        }

        glyphs.Clear();
        font.Decode(bytes, glyphs);
        var fs = state.FontSize;
        var th = state.HorizontalScale;
        foreach (var glyph in glyphs)
        {
            var full = tm.Multiply(state.Ctm);
            var tx = ((glyph.Width * fs) + state.CharacterSpacing + (glyph.IsWordSpace ? state.WordSpacing : 0)) * th;
            if (!double.IsFinite(tx))
            {
                tx = 0;
            }

            var (x, y) = full.Transform(0, state.Rise);
            var (x2, y2) = full.Transform(tx, state.Rise);
            var width = Math.Sqrt(((x2 - x) * (x2 - x)) + ((y2 - y) * (y2 - y)));
            var size = Math.Abs(fs) * Math.Sqrt((full.C * full.C) + (full.D * full.D));
            if (double.IsFinite(x) && double.IsFinite(y) && double.IsFinite(width) && double.IsFinite(size))
            {
                Letters.Add(new Letter(glyph.Text, x, y, x2 >= x ? width : -width, size, font.Name));
            }

            tm = Matrix.Translation(tx, 0).Multiply(tm);
        }
    }

    private void DrawXObject(PdfDictionary? resources, string name, GraphicsState state, int depth)
    {
        if (file.Resolve(file.ResolveDictionary(resources?.Get("XObject"))?.Get(name)) is not PdfStream xobject)
        {
            return;
        }

        var subtype = file.Resolve(xobject.Get("Subtype")).AsName();
        if (subtype == "Image")
        {
            ImageCount++;
            return;
        }

        if (subtype != "Form")
        {
            return;
        }

        if (depth + 1 > file.Options.MaxNestingDepth)
        {
            throw PdfErrors.TooDeep(file.Options.MaxNestingDepth);
        }

        if (!formPath.Add(xobject))
        {
            throw new PdfReadException(PdfReadError.Cycle, "A form XObject draws itself.");
        }

        try
        {
            var matrix = Matrix.Identity;
            if (file.ResolveArray(xobject.Get("Matrix")) is { Count: 6 } m && m.Items.All(i => file.Resolve(i).AsNumber() is not null))
            {
                var v = m.Items.Select(i => file.Resolve(i).AsNumber()!.Value).ToArray();
                matrix = new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]);
            }

            var content = file.DecodeStream(xobject).Data;
            var formResources = file.ResolveDictionary(xobject.Get("Resources")) ?? resources;
            var saved = operands.ToArray();
            var inner = state.Clone();
            inner.Ctm = matrix.Multiply(state.Ctm);
            Run(content, formResources, inner, depth + 1);
            operands.Clear();
            operands.AddRange(saved);
        }
        finally
        {
            formPath.Remove(xobject);
        }
    }

    private static void SkipInlineImage(Lexer lexer)
    {
        // Skip the image dictionary up to ID, then the binary data up to an EI delimited by whitespace.
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == TokenKind.EndOfInput)
            {
                return;
            }

            if (token.IsKeyword("ID"))
            {
                break;
            }
        }

        var span = lexer.Data.Span;
        var position = lexer.Position + 1;
        while (position < span.Length)
        {
            var found = span[position..].IndexOf("EI"u8);
            if (found < 0)
            {
                lexer.Position = span.Length;
                return;
            }

            var at = position + found;
            var before = at > 0 && Lexer.IsWhitespace(span[at - 1]);
            var after = at + 2 >= span.Length || Lexer.IsWhitespace(span[at + 2]);
            if (before && after)
            {
                lexer.Position = at + 2;
                return;
            }

            position = at + 2;
        }

        lexer.Position = span.Length;
    }
}
