namespace Bleiberecht.Pdf.Parsing;

internal enum TokenKind
{
    EndOfInput,
    Integer,
    Real,
    Name,
    String,
    HexString,
    ArrayStart,
    ArrayEnd,
    DictionaryStart,
    DictionaryEnd,
    Keyword,
}
