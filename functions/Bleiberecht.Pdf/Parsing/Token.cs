namespace Bleiberecht.Pdf.Parsing;

internal readonly record struct Token(TokenKind Kind, int Start, long Integer = 0, double Real = 0, string? Text = null, byte[]? Bytes = null)
{
    public bool IsKeyword(string keyword) => Kind == TokenKind.Keyword && string.Equals(Text, keyword, StringComparison.Ordinal);
}
